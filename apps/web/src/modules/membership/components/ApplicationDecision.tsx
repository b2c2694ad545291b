import type { MembershipApplicationDto } from '@alliance/contracts';
import { Descriptions, Typography, type DescriptionsProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate } from '../../../lib/names';
import { ApplicationStatusTag } from './ApplicationStatusTag';

/** How a decided application ended: when, why, and the organization it created. */
export function ApplicationDecision({ application: app }: { application: MembershipApplicationDto }) {
  const { t, i18n } = useTranslation();
  if (app.status === 'pending') return null;
  const field = (key: string) => t(`membership.applications.fields.${key}`);

  const items: DescriptionsProps['items'] = [
    { key: 'status', label: field('status'), children: <ApplicationStatusTag status={app.status} /> },
    { key: 'decidedAt', label: field('decidedAt'), children: formatDate(app.decidedAt, i18n.resolvedLanguage, true) },
  ];
  if (app.rejectionReason) {
    items.push({
      key: 'rejectionReason',
      label: field('rejectionReason'),
      span: 'filled',
      children: (
        <Typography.Paragraph style={{ whiteSpace: 'pre-line', margin: 0 }}>{app.rejectionReason}</Typography.Paragraph>
      ),
    });
  }
  if (app.organizationId) {
    items.push({
      key: 'organization',
      label: field('organization'),
      span: 'filled',
      children: (
        <Link to={`/admin/organizations/${app.organizationId}`}>{t('membership.applications.openOrganization')}</Link>
      ),
    });
  }

  return (
    <div data-testid="application-decision" style={{ marginBottom: 24 }}>
      <Typography.Title level={5}>{t('membership.applications.sections.decision')}</Typography.Title>
      <Descriptions bordered size="small" column={{ xs: 1, md: 2 }} items={items} />
    </div>
  );
}
