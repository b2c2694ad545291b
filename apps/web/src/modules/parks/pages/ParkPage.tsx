import type { ParkDto, ParkMarkerDto } from '@alliance/contracts';
import { EditOutlined } from '@ant-design/icons';
import { Card, Col, Flex, Row } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ErrorResult } from '../../../app/ErrorBoundary';
import { PageSpinner } from '../../../app/guards';
import { ButtonLink } from '../../../components/ButtonLink';
import { PageHeader } from '../../../components/PageHeader';
import { canOn, useAbility } from '../../../lib/ability';
import { pickName } from '../../../lib/names';
import { usePark } from '../api';
import { DirectoryBackLink } from '../components/DirectoryBackLink';
import { ParkContact } from '../components/ParkContact';
import { ParkDescription } from '../components/ParkDescription';
import { ParkDetails } from '../components/ParkDetails';
import { isMissingPark, ParkNotFound } from '../components/ParkNotFound';
import { ParkStatusTag } from '../components/ParkStatusTag';
import { SectorTags } from '../components/SectorTags';
import { WorldMap } from '../components/WorldMap';

function markerOf(park: ParkDto): ParkMarkerDto[] {
  if (park.latitude === null || park.longitude === null) return [];
  const { id, nameEn, nameZh, country, investmentUsd, sectors, status } = park;
  return [
    { id, nameEn, nameZh, country, latitude: park.latitude, longitude: park.longitude, investmentUsd, sectors, status },
  ];
}

export function ParkPage() {
  const { id } = useParams<{ id: string }>();
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage;
  const ability = useAbility();
  const query = usePark(id);
  // Stable between renders: the map projects only when the park changes.
  const markers = useMemo(() => (query.data ? markerOf(query.data) : []), [query.data]);
  const countries = useMemo(() => (query.data ? [query.data.country] : []), [query.data]);

  if (query.isPending) return <PageSpinner />;
  if (isMissingPark(query.error)) return <ParkNotFound />;
  if (query.error) return <ErrorResult error={query.error} onRetry={() => void query.refetch()} />;
  const park = query.data;
  const name = pickName(park, language);
  const otherName = park.nameEn && park.nameZh ? (language === 'zh' ? park.nameEn : park.nameZh) : null;

  return (
    <div className="page">
      <DirectoryBackLink />
      <PageHeader
        title={name}
        subtitle={otherName ? <span lang={language === 'zh' ? 'en' : 'zh-CN'}>{otherName}</span> : undefined}
        extra={
          canOn(ability, 'update', 'Park', { id: park.id, organizationId: park.organizationId }) ? (
            <ButtonLink to={`/parks/${park.id}/edit`} icon={<EditOutlined />}>
              {t('common.edit')}
            </ButtonLink>
          ) : null
        }
      />
      <Flex wrap gap={4} style={{ marginTop: -12, marginBottom: 24 }}>
        <ParkStatusTag status={park.status} />
        <SectorTags sectors={park.sectors} />
      </Flex>
      <Row gutter={[24, 24]}>
        <Col xs={24} lg={15}>
          <Card title={t('parks.detail.about')} style={{ marginBottom: 24 }}>
            <ParkDescription park={park} />
          </Card>
          <Card title={t('parks.detail.facts')}>
            <ParkDetails park={park} />
          </Card>
        </Col>
        <Col xs={24} lg={9}>
          <Card title={t('parks.detail.location')} style={{ marginBottom: 24 }}>
            <WorldMap
              markers={markers}
              countries={countries}
              region
              legend={false}
              label={t('parks.detail.mapLabel', { name })}
            />
          </Card>
          <Card title={t('parks.contact.title')}>
            <ParkContact park={park} />
          </Card>
        </Col>
      </Row>
    </div>
  );
}
