import type { ParkDto } from '@alliance/contracts';
import { Descriptions } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { countryName, formatDate, formatNumber, pickName } from '../../../lib/names';
import { formatCoordinates, formatUsd } from '../format';

/** The park's facts and figures. */
export function ParkDetails({ park }: { park: ParkDto }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage;
  const dash = '—';
  return (
    <Descriptions bordered column={{ xs: 1, xl: 2 }} size="middle" styles={{ label: { width: 150 } }}>
      <Descriptions.Item label={t('parks.fields.operator')} span={2}>
        <Link to={`/organizations/${park.organizationId}`}>{pickName(park.organization, language)}</Link>
      </Descriptions.Item>
      <Descriptions.Item label={t('parks.fields.country')}>{countryName(park.country, language)}</Descriptions.Item>
      <Descriptions.Item label={t('parks.fields.city')}>{park.city ?? dash}</Descriptions.Item>
      <Descriptions.Item label={t('parks.fields.coordinates')}>
        {formatCoordinates(park.latitude, park.longitude, t)}
      </Descriptions.Item>
      <Descriptions.Item label={t('parks.fields.establishedYear')}>{park.establishedYear ?? dash}</Descriptions.Item>
      <Descriptions.Item label={t('parks.fields.areaKm2')}>
        {park.areaKm2 === null ? dash : t('parks.areaValue', { value: formatNumber(park.areaKm2, language) })}
      </Descriptions.Item>
      <Descriptions.Item label={t('parks.fields.enterpriseCount')}>
        {formatNumber(park.enterpriseCount, language)}
      </Descriptions.Item>
      <Descriptions.Item label={t('parks.fields.investmentUsd')}>
        {formatUsd(park.investmentUsd, language, t)}
      </Descriptions.Item>
      <Descriptions.Item label={t('parks.fields.localJobs')}>
        {formatNumber(park.localJobs, language)}
      </Descriptions.Item>
      <Descriptions.Item label={t('parks.fields.updatedAt')} span={2}>
        {formatDate(park.updatedAt, language)}
      </Descriptions.Item>
    </Descriptions>
  );
}
