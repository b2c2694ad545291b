import type { CountryGradeDto, CountryRatingDto, CountryRatingStatus } from '@alliance/contracts';
import { ArrowRightOutlined } from '@ant-design/icons';
import { Card, Descriptions, Flex, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { countryName, formatDate, pickName } from '../../../lib/names';
import { DecideButtons } from './DecideButtons';
import { Rationale } from './Rationale';
import { OutlookTag, RiskGradeBadge } from './RiskGrade';

const STATUS_COLORS: Record<CountryRatingStatus, string> = {
  proposed: 'blue',
  published: 'green',
  rejected: 'default',
};

interface Props {
  rating: CountryRatingDto;
  /** The country's grade now, to show what the proposal would change. */
  current?: CountryGradeDto | null;
  /** In the queue the card names its country; on the profile the page does. */
  withCountry?: boolean;
}

/** A proposed (or decided) change of a rating: what it proposes, why, who proposed it, and the decision. */
export function RatingCard({ rating, current, withCountry = false }: Props) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage;
  const proposer = [
    rating.proposedBy.name,
    pickName({ nameEn: rating.proposedBy.organizationNameEn, nameZh: rating.proposedBy.organizationNameZh }, language),
  ]
    .filter((part) => part && part !== '—')
    .join(', ');

  return (
    <Card size="small" className="rating-card" id={`rating-${rating.id}`} data-testid={`rating-${rating.id}`}>
      <Flex vertical gap={12}>
        <Flex justify="space-between" align="flex-start" gap={8} wrap>
          <Flex gap={8} align="center" wrap>
            {withCountry ? (
              <Link to={`/policy/countries/${rating.country}`} className="rating-card-country">
                {countryName(rating.country, language)}
              </Link>
            ) : null}
            {current && rating.status === 'proposed' ? (
              <>
                <RiskGradeBadge grade={current.grade} />
                <ArrowRightOutlined aria-label={t('countries.proposals.to')} />
              </>
            ) : null}
            <RiskGradeBadge grade={rating.grade} />
            <OutlookTag outlook={rating.outlook} labelled />
          </Flex>
          <Tag color={STATUS_COLORS[rating.status]} data-testid="rating-status" style={{ marginInlineEnd: 0 }}>
            {t(`countries.status.${rating.status}`)}
          </Tag>
        </Flex>
        <Rationale en={rating.rationaleEn} zh={rating.rationaleZh} testId="rating-rationale" />
        <Descriptions size="small" column={{ xs: 1, md: 2 }}>
          <Descriptions.Item label={t('countries.fields.effectiveOn')}>
            {formatDate(rating.effectiveOn, language)}
          </Descriptions.Item>
          <Descriptions.Item label={t('countries.fields.source')}>{rating.source ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t('countries.proposals.proposedBy')}>
            {proposer || '—'}, {formatDate(rating.proposedAt, language)}
          </Descriptions.Item>
          {rating.status === 'published' ? (
            <Descriptions.Item label={t('countries.current.publishedBy')}>
              {rating.publishedByName ?? '—'}
              {rating.publishedAt ? `, ${formatDate(rating.publishedAt, language)}` : ''}
            </Descriptions.Item>
          ) : null}
          {rating.status === 'rejected' ? (
            <Descriptions.Item label={t('countries.proposals.rejectedReason')}>
              <span data-testid="rejected-reason">{rating.rejectedReason ?? '—'}</span>
            </Descriptions.Item>
          ) : null}
        </Descriptions>
        {rating.status === 'proposed' ? (
          rating.actions.length > 0 ? (
            <DecideButtons rating={rating} />
          ) : (
            <Typography.Text type="secondary">{t('countries.proposals.waiting')}</Typography.Text>
          )
        ) : null}
      </Flex>
    </Card>
  );
}
