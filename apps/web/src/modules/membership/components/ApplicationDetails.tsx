import type { ApplicationParkDto, MembershipApplicationDto } from '@alliance/contracts';
import { Descriptions, Table, Typography, type DescriptionsProps, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { countryName, formatDate, pickName } from '../../../lib/names';

const DASH = '—';

function Text({ value }: { value: string | null }) {
  return <Typography.Paragraph style={{ whiteSpace: 'pre-line', margin: 0 }}>{value || DASH}</Typography.Paragraph>;
}

/** Everything the applicant sent, both languages side by side. */
export function ApplicationDetails({ application: app }: { application: MembershipApplicationDto }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage;
  const field = (key: string) => t(`membership.applications.fields.${key}`);

  const organization: DescriptionsProps['items'] = [
    { key: 'nameEn', label: field('nameEn'), children: app.nameEn ?? DASH },
    { key: 'nameZh', label: field('nameZh'), children: app.nameZh ?? DASH },
    { key: 'type', label: field('type'), children: t(`enums.organizationType.${app.type}`) },
    { key: 'country', label: field('country'), children: countryName(app.country, language) },
    {
      key: 'website',
      label: field('website'),
      span: 'filled',
      children: app.website ? (
        <Typography.Link href={app.website} target="_blank" rel="noopener noreferrer">
          {app.website}
        </Typography.Link>
      ) : (
        DASH
      ),
    },
    {
      key: 'descriptionEn',
      label: field('descriptionEn'),
      span: 'filled',
      children: <Text value={app.descriptionEn} />,
    },
    {
      key: 'descriptionZh',
      label: field('descriptionZh'),
      span: 'filled',
      children: <Text value={app.descriptionZh} />,
    },
  ];

  const contact: DescriptionsProps['items'] = [
    { key: 'contactName', label: field('contactName'), children: app.contactName },
    {
      key: 'contactEmail',
      label: field('contactEmail'),
      children: <Typography.Link href={`mailto:${app.contactEmail}`}>{app.contactEmail}</Typography.Link>,
    },
    { key: 'contactPhone', label: field('contactPhone'), children: app.contactPhone ?? DASH },
    { key: 'locale', label: field('locale'), children: t(`membership.applications.locales.${app.locale}`) },
    {
      key: 'submittedAt',
      label: field('submittedAt'),
      span: 'filled',
      children: formatDate(app.createdAt, language, true),
    },
  ];

  // The parks of an application have no id: their position is their key.
  const parks = app.parks.map((park, index) => ({ ...park, key: index }));
  const parkColumns: TableColumnsType<ApplicationParkDto> = [
    {
      key: 'name',
      title: field('parkName'),
      render: (_, park) => (
        <>
          <div>{pickName({ nameEn: park.nameEn ?? null, nameZh: park.nameZh ?? null }, language)}</div>
          {park.nameEn && park.nameZh ? (
            <Typography.Text type="secondary">{language === 'zh' ? park.nameEn : park.nameZh}</Typography.Text>
          ) : null}
        </>
      ),
    },
    { key: 'country', title: field('parkCountry'), render: (_, park) => countryName(park.country, language) },
    { key: 'city', title: field('parkCity'), render: (_, park) => park.city || DASH },
  ];

  return (
    <>
      <Typography.Title level={5}>{t('membership.applications.sections.organization')}</Typography.Title>
      <Descriptions bordered size="small" column={{ xs: 1, md: 2 }} items={organization} style={{ marginBottom: 24 }} />
      <Typography.Title level={5}>{t('membership.applications.sections.contact')}</Typography.Title>
      <Descriptions bordered size="small" column={{ xs: 1, md: 2 }} items={contact} style={{ marginBottom: 24 }} />
      <Typography.Title level={5}>{t('membership.applications.sections.parks')}</Typography.Title>
      <Table<ApplicationParkDto>
        size="small"
        rowKey="key"
        columns={parkColumns}
        dataSource={parks}
        pagination={false}
        locale={{ emptyText: t('membership.applications.noParks') }}
      />
    </>
  );
}
