import type { FinancingPipelineDto } from '@alliance/contracts';
import { Card, Col, Flex, Row, Statistic, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../../../lib/names';
import { groupDecimal } from '../../format';
import { orderedAmounts, pipelineCurrencies } from './pipelineRows';
import './pipeline.css';

interface Props {
  pipeline: FinancingPipelineDto | undefined;
  loading: boolean;
}

/** The pipeline in headline figures: how many requests were submitted, and how much was asked in each currency (never added across currencies). */
export function PipelineFigures({ pipeline, loading }: Props) {
  const { t, i18n } = useTranslation();
  const amounts = pipeline ? orderedAmounts(pipeline.total.amounts, pipelineCurrencies(pipeline.total.amounts)) : [];

  return (
    <Row gutter={[16, 16]} style={{ marginBottom: 24 }} data-testid="pipeline-figures">
      <Col xs={24} md={8} xl={6}>
        <Card size="small" style={{ height: '100%' }} data-testid="figure-requests">
          <Statistic
            title={t('financing.pipeline.figures.requests')}
            value={formatNumber(pipeline?.total.count, i18n.resolvedLanguage)}
            loading={loading}
          />
        </Card>
      </Col>
      <Col xs={24} md={16} xl={18}>
        <Card size="small" style={{ height: '100%' }} data-testid="figure-amounts">
          <Typography.Text type="secondary">{t('financing.pipeline.figures.amounts')}</Typography.Text>
          {loading ? null : amounts.length === 0 ? (
            <Typography.Paragraph style={{ margin: '8px 0 0' }}>—</Typography.Paragraph>
          ) : (
            <Flex wrap gap="8px 40px" style={{ marginTop: 4 }}>
              {amounts.map((amount) => (
                <div
                  key={amount.currency}
                  className="pipeline-figure-amount"
                  data-testid={`figure-amount-${amount.currency}`}
                >
                  <span className="pipeline-figure-currency">{amount.currency}</span> {groupDecimal(amount.total)}
                </div>
              ))}
            </Flex>
          )}
        </Card>
      </Col>
    </Row>
  );
}
