import type { OrganizationDto } from '@alliance/contracts';
import { Card, Descriptions, Typography, type DescriptionsProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { useMe } from '../../auth/api';

/** Members see whom to contact; visitors are told that signing in shows it. */
export function OrganizationContactCard({ organization }: { organization: OrganizationDto }) {
  const { t } = useTranslation();
  const location = useLocation();
  const { data: me } = useMe();
  const contact = organization.contact;

  if (!contact && me) {
    return (
      <Card title={t('organizations.profile.contact.title')}>
        <Typography.Text type="secondary">{t('organizations.profile.contact.none')}</Typography.Text>
      </Card>
    );
  }
  if (!contact) {
    const next = encodeURIComponent(`${location.pathname}${location.search}`);
    return (
      <Card title={t('organizations.profile.contact.title')}>
        <Typography.Paragraph type="secondary">{t('organizations.profile.contact.membersOnly')}</Typography.Paragraph>
        <Link to={`/login?next=${next}`}>{t('organizations.profile.contact.signIn')}</Link>
      </Card>
    );
  }

  const items: DescriptionsProps['items'] = [
    { key: 'name', label: t('organizations.fields.contactName'), children: contact.contactName || '—' },
    {
      key: 'email',
      label: t('organizations.fields.contactEmail'),
      children: contact.contactEmail ? (
        <Typography.Link href={`mailto:${contact.contactEmail}`}>{contact.contactEmail}</Typography.Link>
      ) : (
        '—'
      ),
    },
    {
      key: 'phone',
      label: t('organizations.fields.contactPhone'),
      children: contact.contactPhone ? (
        <Typography.Link href={`tel:${contact.contactPhone}`}>{contact.contactPhone}</Typography.Link>
      ) : (
        '—'
      ),
    },
  ];
  const empty = !contact.contactName && !contact.contactEmail && !contact.contactPhone;

  return (
    <Card title={t('organizations.profile.contact.title')} data-testid="organization-contact">
      {empty ? (
        <Typography.Text type="secondary">{t('organizations.profile.contact.none')}</Typography.Text>
      ) : (
        <Descriptions column={1} size="small" items={items} />
      )}
    </Card>
  );
}
