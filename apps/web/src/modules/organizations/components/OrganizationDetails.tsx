import type { OrganizationDto } from '@alliance/contracts';
import { Descriptions, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { StatusTag } from '../../../components/StatusTag';
import { countryName, formatDate } from '../../../lib/names';

export function OrganizationDetails({ organization: org }: { organization: OrganizationDto }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage;
  const dash = '—';
  return (
    <Descriptions bordered column={{ xs: 1, md: 2 }} size="middle">
      <Descriptions.Item label={t('organizations.fields.nameEn')}>{org.nameEn ?? dash}</Descriptions.Item>
      <Descriptions.Item label={t('organizations.fields.nameZh')}>{org.nameZh ?? dash}</Descriptions.Item>
      <Descriptions.Item label={t('organizations.fields.type')}>
        {t(`enums.organizationType.${org.type}`)}
      </Descriptions.Item>
      <Descriptions.Item label={t('organizations.fields.status')}>
        <StatusTag kind="membershipStatus" value={org.status} />
        {org.foundingMember ? <Tag color="gold">{t('organizations.fields.foundingMember')}</Tag> : null}
        {org.rotatingChair ? <Tag color="purple">{t('organizations.fields.rotatingChair')}</Tag> : null}
      </Descriptions.Item>
      <Descriptions.Item label={t('organizations.fields.country')}>
        {countryName(org.country, language)}
      </Descriptions.Item>
      <Descriptions.Item label={t('organizations.fields.website')}>
        {org.website ? (
          <Typography.Link href={org.website} target="_blank" rel="noopener noreferrer">
            {org.website}
          </Typography.Link>
        ) : (
          dash
        )}
      </Descriptions.Item>
      <Descriptions.Item label={t('organizations.fields.memberSince')}>
        {formatDate(org.memberSince, language)}
      </Descriptions.Item>
      <Descriptions.Item label={t('organizations.fields.updatedAt')}>
        {formatDate(org.updatedAt, language, true)}
      </Descriptions.Item>
      <Descriptions.Item label={t('organizations.fields.contactName')}>
        {org.contact?.contactName ?? dash}
      </Descriptions.Item>
      <Descriptions.Item label={t('organizations.fields.contactEmail')}>
        {org.contact?.contactEmail ? (
          <Typography.Link href={`mailto:${org.contact.contactEmail}`}>{org.contact.contactEmail}</Typography.Link>
        ) : (
          dash
        )}
      </Descriptions.Item>
      <Descriptions.Item label={t('organizations.fields.contactPhone')} span="filled">
        {org.contact?.contactPhone ?? dash}
      </Descriptions.Item>
      <Descriptions.Item label={t('organizations.fields.descriptionEn')} span="filled">
        <Typography.Paragraph style={{ whiteSpace: 'pre-line', margin: 0 }}>
          {org.descriptionEn ?? dash}
        </Typography.Paragraph>
      </Descriptions.Item>
      <Descriptions.Item label={t('organizations.fields.descriptionZh')} span="filled">
        <Typography.Paragraph style={{ whiteSpace: 'pre-line', margin: 0 }}>
          {org.descriptionZh ?? dash}
        </Typography.Paragraph>
      </Descriptions.Item>
    </Descriptions>
  );
}
