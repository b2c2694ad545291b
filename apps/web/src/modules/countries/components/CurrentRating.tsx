import type { CountryProfileDto } from '@alliance/contracts';
import { Descriptions, Empty, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { formatDate } from '../../../lib/names';
import { Rationale } from './Rationale';
import { OutlookTag, RiskGradeBadge } from './RiskGrade';

/**
 * The country's current grade and outlook for everyone; its rationale, source and publisher for
 * members (the API sends visitors the grade only, and they are asked to sign in for the rest).
 */
export function CurrentRating({ profile, signedIn }: { profile: CountryProfileDto; signedIn: boolean }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage;
  const location = useLocation();
  const { current, currentRating } = profile;

  if (!current)
    return (
      <div data-testid="current-rating">
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('countries.current.notRated')} />
      </div>
    );

  return (
    <div data-testid="current-rating">
      <div className="risk-current">
        <RiskGradeBadge grade={current.grade} size="large" />
        <OutlookTag outlook={current.outlook} labelled />
        <Typography.Text type="secondary">
          {t('countries.current.since', { date: formatDate(current.effectiveOn, language) })}
        </Typography.Text>
      </div>
      {currentRating ? (
        <Flex vertical gap={12}>
          <Rationale en={currentRating.rationaleEn} zh={currentRating.rationaleZh} />
          <Descriptions size="small" column={{ xs: 1, sm: 2 }}>
            <Descriptions.Item label={t('countries.fields.source')}>{currentRating.source ?? '—'}</Descriptions.Item>
            <Descriptions.Item label={t('countries.current.publishedBy')}>
              {currentRating.publishedByName ?? '—'}
              {currentRating.publishedAt ? `, ${formatDate(currentRating.publishedAt, language)}` : ''}
            </Descriptions.Item>
          </Descriptions>
        </Flex>
      ) : signedIn ? null : (
        <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }} data-testid="members-only">
          {t('countries.current.membersOnly')}{' '}
          <Link to={`/login?next=${encodeURIComponent(location.pathname)}`}>{t('countries.current.signIn')}</Link>
        </Typography.Paragraph>
      )}
    </div>
  );
}
