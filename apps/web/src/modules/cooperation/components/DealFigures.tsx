import type { DealFiguresDto } from '@alliance/contracts';
import { Col, Row } from 'antd';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { countryName, formatNumber, sectorName } from '../../../lib/names';
import { formatMoney } from '../../financing/format';
import { mostDealsFirst, stageRows } from '../figures';
import { FiguresBreakdown } from './FiguresBreakdown';
import type { Sector } from '@alliance/contracts';

/** The secretariat's view of the pipeline: totals, then deals by stage, by country and by sector. */
export function DealFigures({ figures }: { figures: DealFiguresDto }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage;
  const stageLabel = useCallback((key: string) => t(`cooperation.stage.${key}`), [t]);
  const countryLabel = useCallback((key: string) => countryName(key, language), [language]);
  const sectorLabel = useCallback((key: string) => sectorName(key as Sector, language), [language]);

  return (
    <>
      <dl className="coop-figures" data-testid="deal-totals">
        <div className="coop-figure">
          <dt>{t('cooperation.figures.totalDeals')}</dt>
          <dd data-testid="total-deals">{formatNumber(figures.total.deals, language)}</dd>
        </div>
        <div className="coop-figure">
          <dt>{t('cooperation.figures.totalSize')}</dt>
          <dd data-testid="total-size">{formatMoney(figures.total.projectSizeUsd, 'USD')}</dd>
        </div>
        <div className="coop-figure">
          <dt>{t('cooperation.figures.totalInvested')}</dt>
          <dd data-testid="total-invested">{formatMoney(figures.total.investedUsd, 'USD')}</dd>
        </div>
      </dl>
      <Row gutter={[24, 24]} style={{ marginBottom: 24 }}>
        <Col xs={24} xxl={12}>
          <FiguresBreakdown
            title={t('cooperation.figures.byStage')}
            rows={stageRows(figures.byStage)}
            label={stageLabel}
            testId="figures-by-stage"
          />
        </Col>
        <Col xs={24} xxl={12}>
          <FiguresBreakdown
            title={t('cooperation.figures.byCountry')}
            rows={mostDealsFirst(figures.byCountry)}
            label={countryLabel}
            testId="figures-by-country"
          />
        </Col>
        <Col xs={24} xxl={12}>
          <FiguresBreakdown
            title={t('cooperation.figures.bySector')}
            rows={mostDealsFirst(figures.bySector)}
            label={sectorLabel}
            testId="figures-by-sector"
          />
        </Col>
      </Row>
    </>
  );
}
