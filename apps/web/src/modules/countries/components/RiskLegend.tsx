import { RISK_GRADES, type RiskGrade } from '@alliance/contracts';
import { Flex } from 'antd';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../../lib/names';
import { gradeColor, UNRATED_FILL } from '../grades';
import '../countries.css';

interface Props {
  /** Countries per grade, written beside each grade when given. */
  counts?: Record<RiskGrade, number>;
}

/** What the map's colours mean: each grade's swatch with its number and name, and the unrated land. */
export function RiskLegend({ counts }: Props) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage;
  const titleId = useId();
  return (
    <div className="risk-legend" data-testid="risk-legend">
      <span className="risk-legend-title" id={titleId}>
        {t('countries.legend.title')}
      </span>
      <Flex component="ul" gap="4px 14px" wrap aria-labelledby={titleId} className="risk-legend-list">
        {RISK_GRADES.map((grade) => (
          <li key={grade} className="risk-legend-item">
            <span className="risk-legend-swatch" style={{ background: gradeColor(grade).fill }} aria-hidden />
            {t('countries.grade.badge', { grade, name: t(`countries.grade.${grade}`) })}
            {counts ? (
              <span className="risk-legend-count">
                {t('countries.legend.count', { count: counts[grade], value: formatNumber(counts[grade], language) })}
              </span>
            ) : null}
          </li>
        ))}
        <li className="risk-legend-item">
          <span className="risk-legend-swatch" style={{ background: UNRATED_FILL }} aria-hidden />
          {t('countries.legend.notRated')}
        </li>
      </Flex>
    </div>
  );
}
