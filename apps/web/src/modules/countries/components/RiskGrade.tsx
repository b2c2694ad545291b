import type { CountryGradeDto, RiskGrade, RiskOutlook } from '@alliance/contracts';
import { Flex, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { gradeColor } from '../grades';
import '../countries.css';

const OUTLOOK_COLORS: Record<RiskOutlook, string> = {
  positive: 'green',
  stable: 'blue',
  negative: 'volcano',
  watch: 'gold',
};

/** A grade on its colour, with its number and name written out (the colour is never the only cue). */
export function RiskGradeBadge({ grade, size = 'default' }: { grade: RiskGrade; size?: 'default' | 'large' }) {
  const { t } = useTranslation();
  const { fill, text } = gradeColor(grade);
  return (
    <span
      className={size === 'large' ? 'risk-grade risk-grade-large' : 'risk-grade'}
      style={{ background: fill, color: text }}
      data-testid="risk-grade"
      data-grade={grade}
    >
      {t('countries.grade.badge', { grade, name: t(`countries.grade.${grade}`) })}
    </span>
  );
}

/** The outlook by name; `labelled` writes "Outlook: …" where no column header says it. */
export function OutlookTag({ outlook, labelled = false }: { outlook: RiskOutlook; labelled?: boolean }) {
  const { t } = useTranslation();
  const name = t(`countries.outlook.${outlook}`);
  return (
    <Tag color={OUTLOOK_COLORS[outlook]} data-testid="risk-outlook" style={{ marginInlineEnd: 0 }}>
      {labelled ? t('countries.outlook.label', { outlook: name }) : name}
    </Tag>
  );
}

/**
 * A country's current grade and outlook in a line (a financing request, the queue), linked to its
 * profile; "not rated" when the alliance has no grade for it.
 */
export function CountryRisk({ risk, link = true }: { risk: CountryGradeDto | null; link?: boolean }) {
  const { t } = useTranslation();
  if (!risk)
    return (
      <Typography.Text type="secondary" data-testid="country-risk">
        {t('countries.risk.notRated')}
      </Typography.Text>
    );
  const content = (
    <Flex gap={6} wrap align="center" component="span" data-testid="country-risk">
      <RiskGradeBadge grade={risk.grade} />
      <OutlookTag outlook={risk.outlook} labelled />
    </Flex>
  );
  return link ? (
    <Link
      to={`/policy/countries/${risk.country}`}
      className="country-risk-link"
      onClick={(event) => event.stopPropagation()}
    >
      {content}
    </Link>
  ) : (
    content
  );
}
