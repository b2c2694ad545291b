import { readerLanguage } from '@alliance/contracts';
import { DownloadOutlined, LockOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Empty, Skeleton } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../../components/ApiErrorAlert';
import { PageHeader } from '../../../components/PageHeader';
import { pipelineCsvUrl, useFinancingRequests, usePipeline } from '../api';
import { PipelineCharts } from '../components/pipeline/PipelineCharts';
import { PipelineFigures } from '../components/pipeline/PipelineFigures';
import { PIPELINE_FILTER_KEYS } from '../components/pipeline/pipelineFilters';
import { PipelineFilters } from '../components/pipeline/PipelineFilters';
import { PipelineTable } from '../components/pipeline/PipelineTable';
import { usePipelineListParams } from '../components/pipeline/usePipelineListParams';

/**
 * `/financing/pipeline`: the secretariat follows the financing asked through the alliance —
 * how many requests, how much in each currency, by status, instrument and host country — and
 * lists or exports them. Offer terms and threads are not shown: the API withholds them.
 */
export function PipelinePage() {
  const { t, i18n } = useTranslation();
  const { filter, page, limit, setFilters, setPage } = usePipelineListParams();
  const pipeline = usePipeline();
  const list = useFinancingRequests({ ...filter, page, limit });
  const hostCountries = useMemo(() => pipeline.data?.byCountry.map((row) => row.key), [pipeline.data]);
  const filtered = PIPELINE_FILTER_KEYS.some((key) => filter[key] !== undefined);

  return (
    <div className="page" data-testid="pipeline-page">
      <PageHeader
        title={t('financing.pipeline.title')}
        subtitle={t('financing.pipeline.subtitle')}
        extra={
          <Button
            href={pipelineCsvUrl(filter, readerLanguage(i18n.resolvedLanguage))}
            download
            icon={<DownloadOutlined />}
            data-testid="export-csv"
          >
            {t('financing.pipeline.export')}
          </Button>
        }
      />
      <Alert
        type="info"
        showIcon
        icon={<LockOutlined />}
        style={{ marginBottom: 24 }}
        title={t('financing.pipeline.privacy')}
        data-testid="pipeline-privacy"
      />

      <ApiErrorAlert error={pipeline.error} />
      <PipelineFigures pipeline={pipeline.data} loading={pipeline.isPending && !pipeline.error} />
      {pipeline.data ? (
        <PipelineCharts pipeline={pipeline.data} filter={filter} onFilter={setFilters} />
      ) : (
        <Skeleton active loading={pipeline.isPending} style={{ marginBottom: 24 }} />
      )}

      <Card title={t('financing.pipeline.list.title')}>
        <div style={{ marginBottom: 16 }}>
          <PipelineFilters filter={filter} onChange={setFilters} countries={hostCountries} />
        </div>
        <ApiErrorAlert error={list.error} />
        <PipelineTable
          data={list.data}
          loading={list.isFetching}
          onPage={setPage}
          empty={{
            emptyText: (
              <Empty
                image={Empty.PRESENTED_IMAGE_SIMPLE}
                description={filtered ? t('financing.pipeline.list.emptyFiltered') : t('financing.pipeline.list.empty')}
              />
            ),
          }}
        />
      </Card>
    </div>
  );
}
