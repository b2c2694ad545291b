import { RISK_GRADES, type RiskGrade } from '@alliance/contracts';
import { Select, type SelectProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { gradeColor } from '../grades';
import '../countries.css';

/** The five grades by number, name and colour: a list filter (the financing queue) or a form field. */
export function RiskGradeSelect(props: Omit<SelectProps<RiskGrade>, 'options'>) {
  const { t } = useTranslation();
  return (
    <Select<RiskGrade>
      options={RISK_GRADES.map((grade) => ({
        value: grade,
        label: (
          <span className="risk-grade-option">
            <span className="risk-legend-swatch" style={{ background: gradeColor(grade).fill }} aria-hidden />
            {t('countries.grade.badge', { grade, name: t(`countries.grade.${grade}`) })}
          </span>
        ),
        title: t('countries.grade.badge', { grade, name: t(`countries.grade.${grade}`) }),
      }))}
      {...props}
    />
  );
}
