import type { ParkDto } from '@alliance/contracts';
import { LockOutlined } from '@ant-design/icons';
import { Descriptions, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMe } from '../../auth/api';

/** Contacts are for members: the API leaves them out for visitors, who are invited to sign in. */
export function ParkContact({ park }: { park: ParkDto }) {
  const { t } = useTranslation();
  const { data: me } = useMe();
  const contact = park.contact;
  if (!contact && !me) {
    return (
      <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
        <LockOutlined aria-hidden />{' '}
        <Link to={`/login?next=${encodeURIComponent(`/parks/${park.id}`)}`}>{t('parks.contact.signIn')}</Link>
      </Typography.Paragraph>
    );
  }
  if (!contact || (!contact.contactName && !contact.contactEmail && !contact.contactPhone)) {
    return <Typography.Text type="secondary">{t('parks.contact.none')}</Typography.Text>;
  }
  return (
    <Descriptions column={1} size="small">
      {contact.contactName ? (
        <Descriptions.Item label={t('parks.fields.contactName')}>{contact.contactName}</Descriptions.Item>
      ) : null}
      {contact.contactEmail ? (
        <Descriptions.Item label={t('parks.fields.contactEmail')}>
          <Typography.Link href={`mailto:${contact.contactEmail}`}>{contact.contactEmail}</Typography.Link>
        </Descriptions.Item>
      ) : null}
      {contact.contactPhone ? (
        <Descriptions.Item label={t('parks.fields.contactPhone')}>
          <Typography.Link href={`tel:${contact.contactPhone.replace(/[^\d+]/g, '')}`}>
            {contact.contactPhone}
          </Typography.Link>
        </Descriptions.Item>
      ) : null}
    </Descriptions>
  );
}
