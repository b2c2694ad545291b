import { Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { ButtonLink } from '../../../components/ButtonLink';
import { isApiError } from '../../../lib/apiClient';

/** A malformed id is as missing as an unknown one; so is a record the reader may not see (the API answers 404). */
export function isMissing(error: unknown): boolean {
  return (
    isApiError(error) &&
    (error.statusCode === 404 || error.code === 'VALIDATION_FAILED' || error.code === 'BAD_REQUEST')
  );
}

const BACK: Record<'project' | 'expression' | 'deal', string> = {
  project: '/cooperation/projects',
  expression: '/cooperation/interests',
  deal: '/cooperation/deals',
};

export function CooperationNotFound({ of }: { of: 'project' | 'expression' | 'deal' }) {
  const { t } = useTranslation();
  return (
    <Result
      status="404"
      title={<h1 className="result-heading">{t(`cooperation.notFound.${of}`)}</h1>}
      subTitle={t('cooperation.notFound.text')}
      data-testid="cooperation-not-found"
      extra={
        <ButtonLink to={BACK[of]} type="primary">
          {t('cooperation.back')}
        </ButtonLink>
      }
    />
  );
}
