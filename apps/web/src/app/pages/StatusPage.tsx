import { Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { ButtonLink } from '../../components/ButtonLink';

/** A page that could not be shown (403, 404): what happened is its heading, the code under it. */
export function StatusPage({ status, message }: { status: '403' | '404'; message: string }) {
  const { t } = useTranslation();
  return (
    <Result
      status={status}
      title={<h1 className="result-heading">{message}</h1>}
      subTitle={t('errorPage.code', { code: status })}
      extra={
        <ButtonLink to="/" type="primary">
          {t('errorPage.backHome')}
        </ButtonLink>
      }
    />
  );
}
