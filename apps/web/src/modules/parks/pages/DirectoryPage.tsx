import { readerLanguage } from '@alliance/contracts';
import { DownloadOutlined, PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { Button, Card, Col, Row, Skeleton, Spin, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../../components/ApiErrorAlert';
import { ButtonLink } from '../../../components/ButtonLink';
import { PageHeader } from '../../../components/PageHeader';
import { useAbility } from '../../../lib/ability';
import { formatNumber } from '../../../lib/names';
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
              markers.data ? (
                <Typography.Text type="secondary">
                  {t('directory.map.count', { value: formatNumber(markers.data.length, i18n.resolvedLanguage) })}
                </Typography.Text>
              ) : null
            }
          >
            <ApiErrorAlert error={markers.error} />
            <Spin spinning={markers.isFetching}>
              <WorldMap markers={markers.data ?? []} label={t('directory.map.title')} />
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
