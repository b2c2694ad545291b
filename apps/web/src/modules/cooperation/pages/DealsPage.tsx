import { DEAL_STAGES, readerLanguage } from '@alliance/contracts';
import { DownloadOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Select, Skeleton } from 'antd';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../../components/ApiErrorAlert';
import { PageHeader } from '../../../components/PageHeader';
import { oneOf } from '../../../lib/listFilters';
import { useListParams } from '../../../lib/useListParams';
import { dealsCsvUrl, useDealFigures, useDeals } from '../api';
import { DealFigures } from '../components/DealFigures';
import { DealsTable } from '../components/DealsTable';
import { useCooperationRights } from '../useCooperationRights';
import '../cooperation.css';

const DEAL_FILTER_KEYS = ['stage'] as const;

/**
 * `/cooperation/deals`: a member's deals (as owner or partner); for the secretariat every deal, with
 * the figures by stage, country and sector (charts and their tables) and the CSV export.
 */
export function DealsPage() {
  const { t, i18n } = useTranslation();
  const rights = useCooperationRights();
  const { filters, setFilters } = useListParams(DEAL_FILTER_KEYS);
  const stage = oneOf(DEAL_STAGES, filters.stage);
  const deals = useDeals({ stage });
  const figures = useDealFigures({}, rights.secretariat);

  return (
    <div className="page" data-testid="deals-page">
      <PageHeader
        title={t(rights.secretariat ? 'cooperation.deals.titleSecretariat' : 'cooperation.deals.title')}
        subtitle={t(rights.secretariat ? 'cooperation.deals.subtitleSecretariat' : 'cooperation.deals.subtitle')}
        extra={
          rights.secretariat ? (
            <Button
              href={dealsCsvUrl({}, readerLanguage(i18n.resolvedLanguage))}
              download
              icon={<DownloadOutlined />}
              data-testid="deals-export"
            >
              {t('cooperation.deals.export')}
            </Button>
          ) : null
        }
      />
      {rights.secretariat ? (
        <>
          <ApiErrorAlert error={figures.error} />
          {figures.data ? (
            <DealFigures figures={figures.data} />
          ) : (
            <Skeleton active loading={figures.isPending} style={{ marginBottom: 24 }} />
          )}
        </>
      ) : null}
      <Card
        title={t('cooperation.deals.listTitle')}
        extra={
          <Select<string>
            allowClear
            aria-label={t('cooperation.deals.columns.stage')}
            placeholder={t('cooperation.deals.columns.stage')}
            value={stage}
            onChange={(value?: string) => setFilters({ stage: value })}
            options={DEAL_STAGES.map((value) => ({ value, label: t(`cooperation.stage.${value}`) }))}
            style={{ width: 180 }}
            data-testid="filter-stage"
          />
        }
        styles={{ body: { padding: 0 } }}
      >
        <ApiErrorAlert error={deals.error} />
        <Flex vertical>
          <DealsTable
            deals={deals.data ?? []}
            loading={deals.isFetching}
            empty={t(stage ? 'cooperation.deals.emptyFiltered' : 'cooperation.deals.empty')}
          />
        </Flex>
      </Card>
    </div>
  );
}
