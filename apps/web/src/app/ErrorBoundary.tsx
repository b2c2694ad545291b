import { Button, Result, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { isRouteErrorResponse, useRouteError } from 'react-router';
import { isApiError } from '../lib/apiClient';
import { ForbiddenPage } from './pages/ForbiddenPage';
import { NotFoundPage } from './pages/NotFoundPage';

/** What went wrong, translated; the request id when the API answered so support can trace it. */
export function ErrorResult({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation();
  const code = isApiError(error) ? error.code : null;
  return (
    <Result
      status={code === 'NOT_FOUND' ? '404' : code === 'FORBIDDEN' ? '403' : 'error'}
      title={code ? t(`errors.${code}`) : t('errorPage.title')}
      subTitle={
        isApiError(error) && error.requestId ? (
          <Typography.Text type="secondary" copyable={{ text: error.requestId }} data-testid="request-id">
            {t('common.requestId', { id: error.requestId })}
          </Typography.Text>
        ) : (
          t('errorPage.subtitle')
        )
      }
      extra={
        code === 'NOT_FOUND' || code === 'FORBIDDEN' ? (
          // Retrying will not help; a way back will.
          <Button type="primary" href="/">
            {t('errorPage.backHome')}
          </Button>
        ) : (
          <Button type="primary" onClick={onRetry ?? (() => window.location.reload())}>
            {t('errorPage.reload')}
          </Button>
        )
      }
    />
  );
}

/** The router's error element: loader, lazy-import and render errors of a route. */
export function RouteErrorPage() {
  const error = useRouteError();
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFoundPage />;
  if (isApiError(error) && error.statusCode === 403) return <ForbiddenPage />;
  return <ErrorResult error={error} />;
}
