import { readerLanguage } from '@alliance/contracts';
import { DownloadOutlined, PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { Button, Card, Col, Flex, Row, Skeleton, Spin, Switch, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../../components/ApiErrorAlert';
import { ButtonLink } from '../../../components/ButtonLink';
import { PageHeader } from '../../../components/PageHeader';
import { useAbility } from '../../../lib/ability';
import { formatNumber } from '../../../lib/names';
import { useRiskLayer } from '../../countries/components/useRiskLayer';
import { parkExportUrl, useParkMap, useParks, useParkStats } from '../api';
import { CountryBarChart } from '../components/CountryBarChart';
import { HeadlineFigures } from '../components/HeadlineFigures';
import { ParkFilters } from '../components/ParkFilters';
import { ParksTable } from '../components/ParksTable';
import { WorldMap } from '../components/WorldMap';
import { useParkListParams } from '../useParkListParams';

/** The public directory of member parks: headline figures, the map, parks per country and the list. */
export function DirectoryPage() {
  const { t, i18n } = useTranslation();
  const ability = useAbility();
  const { filter, page, limit, setFilters, setPage } = useParkListParams();
  const stats = useParkStats();
  const markers = useParkMap(filter);
  const list = useParks({ ...filter, page, limit });
  // The countries' risk grades over the land, on request (fetched only then).
  const [riskOn, setRiskOn] = useState(false);
  const risk = useRiskLayer(riskOn);
  const hostCountries = useMemo(() => stats.data?.byCountry.map((row) => row.country), [stats.data]);

  return (
    <div className="page">
      <PageHeader
        title={t('directory.title')}
        subtitle={t('directory.subtitle')}
        extra={
          <>
            {ability.can('create', 'Park') ? (
              <ButtonLink to="/parks/new" type="primary" icon={<PlusOutlined />}>
                {t('directory.actions.add')}
              </ButtonLink>
            ) : null}
            {ability.can('export', 'Park') ? (
              <Button
                href={parkExportUrl(filter, readerLanguage(i18n.resolvedLanguage))}
                download
                icon={<DownloadOutlined />}
              >
                {t('directory.actions.export')}
              </Button>
            ) : null}
            {ability.can('import', 'Park') ? (
              <ButtonLink to="/admin/parks/import" icon={<UploadOutlined />}>
                {t('directory.actions.import')}
              </ButtonLink>
            ) : null}
          </>
        }
      />

      <ApiErrorAlert error={stats.error} />
      <HeadlineFigures stats={stats.data} loading={stats.isPending && !stats.error} />

      <Card style={{ marginBottom: 24 }}>
        <ParkFilters filter={filter} onChange={setFilters} countries={hostCountries} />
      </Card>

      <Row gutter={[24, 24]} style={{ marginBottom: 24 }}>
        <Col xs={24} xl={16}>
          <Card
            title={t('directory.map.title')}
            extra={
              <Flex gap={16} align="center" wrap>
                {markers.data ? (
                  <Typography.Text type="secondary">
                    {t('directory.map.count', { value: formatNumber(markers.data.length, i18n.resolvedLanguage) })}
                  </Typography.Text>
                ) : null}
                <Flex component="label" gap={8} align="center">
                  <Switch size="small" checked={riskOn} onChange={setRiskOn} data-testid="map-risk-switch" />
                  <Typography.Text>{t('countries.layer.switch')}</Typography.Text>
                </Flex>
              </Flex>
            }
          >
            <ApiErrorAlert error={markers.error ?? risk.grades.error} />
            <Spin spinning={markers.isFetching || (riskOn && risk.grades.isFetching)}>
              <WorldMap markers={markers.data ?? []} label={t('directory.map.title')} layer={risk.layer} />
            </Spin>
          </Card>
        </Col>
        <Col xs={24} xl={8}>
          <Card title={t('directory.byCountry.title')} style={{ height: '100%' }}>
            {stats.data ? (
              <CountryBarChart
                byCountry={stats.data.byCountry}
                selected={filter.country}
                onSelect={(country) => setFilters({ country })}
              />
            ) : (
              <Skeleton active loading={stats.isPending} />
            )}
          </Card>
        </Col>
      </Row>

      <Card title={t('directory.list.title')}>
        <ApiErrorAlert error={list.error} />
        <ParksTable data={list.data} loading={list.isFetching} onPage={setPage} />
      </Card>
    </div>
  );
}
