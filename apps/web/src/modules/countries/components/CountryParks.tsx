import type { CountryParkDto } from '@alliance/contracts';
import { Empty, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { pickName } from '../../../lib/names';
import { ParkStatusTag } from '../../parks/components/ParkStatusTag';

/** The directory's parks in the country, each with its operator and where it stands. */
export function CountryParks({ parks }: { parks: readonly CountryParkDto[] }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage;
  if (parks.length === 0)
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('countries.parks.empty')} />;
  return (
    <ul className="country-list" data-testid="country-parks">
      {parks.map((park) => (
        <li key={park.id}>
          <Flex justify="space-between" align="flex-start" gap={8}>
            <div style={{ minWidth: 0 }}>
              <Link to={`/parks/${park.id}`} style={{ fontWeight: 600 }}>
                {pickName(park, language)}
              </Link>
              <Typography.Text type="secondary" style={{ display: 'block', fontSize: 13 }}>
                {[park.city, pickName(park.organization, language)].filter(Boolean).join(' · ')}
              </Typography.Text>
            </div>
            <ParkStatusTag status={park.status} />
          </Flex>
        </li>
      ))}
    </ul>
  );
}
