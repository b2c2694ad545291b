import { Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { ButtonLink } from '../../../components/ButtonLink';
import { isApiError } from '../../../lib/apiClient';
import { useMe } from '../../auth/api';

/** A malformed id is as missing as an unknown one; so is a brief the reader may not see. */
export function isMissingBrief(error: unknown): boolean {
  return (
    isApiError(error) &&
    (error.statusCode === 404 || error.code === 'VALIDATION_FAILED' || error.code === 'BAD_REQUEST')
  );
}

/** A friendly dead end: back to the briefs, or sign in when the brief may be for members only. */
export function BriefNotFound() {
  const { t } = useTranslation();
  const { data: me } = useMe();
  const location = useLocation();
  return (
    <Result
      status="404"
      title={<h1 className="result-heading">{t('policyBriefs.notFound.title')}</h1>}
      subTitle={t(me ? 'policyBriefs.notFound.text' : 'policyBriefs.notFound.visitorText')}
      data-testid="brief-not-found"
      extra={
        <>
          <ButtonLink to="/policy/briefs" type="primary">
            {t('policyBriefs.back')}
          </ButtonLink>
          {me ? null : (
            <ButtonLink to={`/login?next=${encodeURIComponent(location.pathname)}`}>
              {t('policyBriefs.notFound.signIn')}
            </ButtonLink>
          )}
        </>
      }
    />
  );
}
