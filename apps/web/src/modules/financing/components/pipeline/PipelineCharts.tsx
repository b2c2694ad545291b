import { FINANCING_INSTRUMENTS, type FinancingPipelineDto } from '@alliance/contracts';
import { Card, Col, Flex, Row, Segmented, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { countryName } from '../../../../lib/names';
import type { FinancingFilter } from '../../api';
import { PipelineBarChart } from './PipelineBarChart';
import type { PipelineParams } from './pipelineFilters';
import { completeRows, mostFirst, PIPELINE_STATUSES, pipelineCurrencies, type PipelineMeasure } from './pipelineRows';

interface Props {
  pipeline: FinancingPipelineDto;
  filter: FinancingFilter;
  onFilter: (changes: PipelineParams) => void;
}

/** The pipeline by status, by instrument and by host country; a bar filters the list below. */
export function PipelineCharts({ pipeline, filter, onFilter }: Props) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage;
  const currencies = pipelineCurrencies(pipeline.total.amounts);
  const [chosen, setChosen] = useState<PipelineMeasure>('count');
  // A currency chosen before the data changed may be gone: back to counting.
  const measure = chosen === 'count' || currencies.includes(chosen) ? chosen : 'count';

  return (
    <>
      <Flex gap={12} align="center" wrap style={{ marginBottom: 16 }}>
        <Typography.Text type="secondary">{t('financing.pipeline.charts.measure')}</Typography.Text>
        <Segmented<PipelineMeasure>
          value={measure}
          onChange={setChosen}
          options={[
            { value: 'count', label: t('financing.pipeline.charts.byCount') },
            ...currencies.map((currency) => ({
              value: currency,
              label: t('financing.pipeline.charts.byAmount', { currency }),
            })),
          ]}
          data-testid="pipeline-measure"
        />
      </Flex>
      <Row gutter={[24, 24]} style={{ marginBottom: 24 }}>
        <Col xs={24} xl={12}>
          <Card title={t('financing.pipeline.charts.byStatus')} style={{ height: '100%' }}>
            <PipelineBarChart
              rows={completeRows(pipeline.byStatus, PIPELINE_STATUSES)}
              label={(status) => t(`financing.requestStatus.${status}`)}
              measure={measure}
              currencies={currencies}
              selected={filter.status}
              onSelect={(status) => onFilter({ status })}
              testId="pipeline-by-status"
              title={t('financing.pipeline.charts.byStatus')}
              categoryTitle={t('financing.fields.status')}
            />
          </Card>
        </Col>
        <Col xs={24} xl={12}>
          <Card title={t('financing.pipeline.charts.byInstrument')} style={{ height: '100%' }}>
            <PipelineBarChart
              rows={completeRows(pipeline.byInstrument, FINANCING_INSTRUMENTS)}
              label={(instrument) => t(`financing.instrument.${instrument}`)}
              measure={measure}
              currencies={currencies}
              selected={filter.instrument}
              onSelect={(instrument) => onFilter({ instrument })}
              testId="pipeline-by-instrument"
              title={t('financing.pipeline.charts.byInstrument')}
              categoryTitle={t('financing.fields.instrument')}
            />
          </Card>
        </Col>
        <Col xs={24}>
          <Card title={t('financing.pipeline.charts.byCountry')} style={{ height: '100%' }}>
            <PipelineBarChart
              rows={mostFirst(pipeline.byCountry)}
              label={(country) => countryName(country, language)}
              measure={measure}
              currencies={currencies}
              selected={filter.country}
              onSelect={(country) => onFilter({ country })}
              testId="pipeline-by-country"
              title={t('financing.pipeline.charts.byCountry')}
              categoryTitle={t('financing.fields.country')}
            />
          </Card>
        </Col>
      </Row>
    </>
  );
}
