import type { ParkStatsDto } from '@alliance/contracts';
import { Card, Col, Row, Statistic } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../../lib/names';
import { formatUsd } from '../format';

interface Props {
  stats: ParkStatsDto | undefined;
  loading: boolean;
}

/** The alliance in five numbers, over all member parks whatever the filters below. */
export function HeadlineFigures({ stats, loading }: Props) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage;
  const figures = [
    { key: 'parks', title: t('directory.figures.parks'), value: formatNumber(stats?.parks, language) },
    {
      key: 'hostCountries',
      title: t('directory.figures.hostCountries'),
      value: formatNumber(stats?.hostCountries, language),
    },
    {
      key: 'enterprises',
      title: t('directory.figures.enterprises'),
      value: formatNumber(stats?.enterprises, language),
    },
    {
      key: 'investment',
      title: t('directory.figures.investment'),
      value: formatUsd(stats?.investmentUsd, language, t, true),
      hint: stats ? formatUsd(stats.investmentUsd, language, t) : undefined,
    },
    { key: 'localJobs', title: t('directory.figures.localJobs'), value: formatNumber(stats?.localJobs, language) },
  ];

  return (
    <Row gutter={[16, 16]} style={{ marginBottom: 24 }} data-testid="headline-figures">
      {figures.map((figure) => (
        <Col key={figure.key} xs={12} md={8} xl={{ flex: '20%' }} data-testid={`figure-${figure.key}`}>
          <Card size="small" style={{ height: '100%' }}>
            <Statistic
              title={figure.title}
              value={figure.value}
              formatter={() => <span title={figure.hint}>{figure.value}</span>}
              loading={loading}
            />
          </Card>
        </Col>
      ))}
    </Row>
  );
}
