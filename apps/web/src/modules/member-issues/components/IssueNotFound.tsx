import { Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { ButtonLink } from '../../../components/ButtonLink';
import { isApiError } from '../../../lib/apiClient';

/** A malformed id is as missing as an unknown one; so is a confidential issue of another organization. */
export function isMissing(error: unknown): boolean {
  return (
    isApiError(error) &&
    (error.statusCode === 404 || error.code === 'VALIDATION_FAILED' || error.code === 'BAD_REQUEST')
  );
}

export function IssueNotFound() {
  const { t } = useTranslation();
  return (
    <Result
      status="404"
      title={<h1 className="result-heading">{t('memberIssues.notFound.title')}</h1>}
      subTitle={t('memberIssues.notFound.text')}
      data-testid="issue-not-found"
      extra={
        <ButtonLink to="/policy/issues" type="primary">
          {t('memberIssues.notFound.back')}
        </ButtonLink>
      }
    />
  );
}
