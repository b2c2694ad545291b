import type { MembershipApplicationReceipt } from '@alliance/contracts';
import { Card, Result, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ButtonLink } from '../../../components/ButtonLink';

/** What the applicant sees once the application is in: the reference to quote, and what happens next. */
export function ApplicationReceipt({ receipt, email }: { receipt: MembershipApplicationReceipt; email: string }) {
  const { t } = useTranslation();
  return (
    <div className="page" style={{ maxWidth: 760 }}>
      <Card>
        <Result
          status="success"
          title={t('membership.apply.done.title')}
          subTitle={t('membership.apply.done.email', { email })}
          extra={[
            <ButtonLink key="home" to="/" type="primary">
              {t('membership.apply.done.home')}
            </ButtonLink>,
            <ButtonLink key="directory" to="/directory/organizations">
              {t('membership.apply.done.directory')}
            </ButtonLink>,
          ]}
        >
          <div style={{ textAlign: 'center' }}>
            <Typography.Text type="secondary">{t('membership.apply.done.reference')}</Typography.Text>
            <Typography.Title
              level={2}
              copyable={{ text: receipt.reference }}
              style={{ margin: '4px 0 8px', fontFamily: 'monospace' }}
            >
              <span data-testid="application-reference">{receipt.reference}</span>
            </Typography.Title>
            <Typography.Text type="secondary">{t('membership.apply.done.quote')}</Typography.Text>
          </div>
        </Result>
      </Card>
    </div>
  );
}
