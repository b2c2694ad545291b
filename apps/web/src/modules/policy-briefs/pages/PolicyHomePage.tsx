import { POLICY_TOPICS } from '@alliance/contracts';
import { AlertOutlined, ArrowRightOutlined, EditOutlined, GlobalOutlined, InboxOutlined } from '@ant-design/icons';
import { Card, Col, Empty, Flex, Row, Skeleton, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ApiErrorAlert } from '../../../components/ApiErrorAlert';
import { ButtonLink } from '../../../components/ButtonLink';
import { PageHeader } from '../../../components/PageHeader';
import { useAbility } from '../../../lib/ability';
import { useMe } from '../../auth/api';
import { IssuesHomeCard } from '../../member-issues/components/IssuesHomeCard';
import { PlatformIcon } from '../../platforms/components/PlatformIcon';
import { useBriefs, useReviewQueueCount } from '../api';
import { BriefCard } from '../components/BriefCard';
import '../policy-briefs.css';

const NEWEST = 5;

/**
 * `/policy`: the policy research platform, open to visitors (they read the public briefs and each
 * country's grade): the newest briefs, the way to the countries, and the secretariat's queue.
 */
export function PolicyHomePage() {
  const { t } = useTranslation();
  const ability = useAbility();
  const { data: me } = useMe();
  const writes = Boolean(me) && ability.can('create', 'PolicyBrief');
  const reviews = ability.can('review', 'PolicyBrief');
  const newest = useBriefs({ limit: NEWEST });
  const queue = useReviewQueueCount(reviews);
  const briefs = newest.data?.items ?? [];

  return (
    <div className="page" data-testid="policy-home">
      <PageHeader
        title={
          <span className="platform-title">
            <span className="platform-title-icon">
              <PlatformIcon platform="policy" />
            </span>
            {t('policyBriefs.home.title')}
          </span>
        }
        subtitle={t('policyBriefs.home.tagline')}
        extra={
          writes ? (
            <ButtonLink to="/policy/briefs/new" type="primary" icon={<EditOutlined />} data-testid="write-brief">
              {t('policyBriefs.list.write')}
            </ButtonLink>
          ) : null
        }
      />
      <Typography.Paragraph className="lead">{t('policyBriefs.home.intro')}</Typography.Paragraph>

      <Row gutter={[24, 24]}>
        <Col xs={24} lg={16}>
          <section aria-labelledby="policy-newest">
            <Flex justify="space-between" align="baseline" gap={12} wrap style={{ marginBottom: 12 }}>
              <Typography.Title level={2} id="policy-newest" className="brief-section-title">
                {t('policyBriefs.home.newest')}
              </Typography.Title>
              <Link to="/policy/briefs" data-testid="all-briefs">
                {t('policyBriefs.home.allBriefs')} <ArrowRightOutlined aria-hidden />
              </Link>
            </Flex>
            <ApiErrorAlert error={newest.error} />
            {newest.isPending ? (
              <Card>
                <Skeleton active paragraph={{ rows: 5 }} />
              </Card>
            ) : briefs.length === 0 ? (
              <Card data-testid="policy-home-empty">
                <Empty description={t('policyBriefs.list.empty.published')} />
              </Card>
            ) : (
              <Flex vertical gap={12} role="list" data-testid="newest-briefs">
                {briefs.map((brief) => (
                  <div key={brief.id} role="listitem">
                    <BriefCard brief={brief} level={3} />
                  </div>
                ))}
              </Flex>
            )}
          </section>
        </Col>
        <Col xs={24} lg={8}>
          <Flex vertical gap={24}>
            {reviews ? (
              <Card className="policy-home-card" data-testid="policy-queue-card">
                <Flex vertical gap={8} align="flex-start">
                  <Typography.Title level={2} className="brief-section-title">
                    <InboxOutlined aria-hidden /> {t('policyBriefs.home.queueTitle')}
                  </Typography.Title>
                  {queue.isPending ? (
                    <Skeleton.Input active size="small" />
                  ) : (
                    <Typography.Text className="policy-home-figure" data-testid="policy-queue-count">
                      {t('policyBriefs.home.queueCount', { count: queue.count ?? 0 })}
                    </Typography.Text>
                  )}
                  <ButtonLink to="/policy/briefs?scope=review" type={queue.count ? 'primary' : 'default'}>
                    {t('policyBriefs.home.openQueue')}
                  </ButtonLink>
                </Flex>
              </Card>
            ) : null}
            {me ? (
              <Card className="policy-home-card" data-testid="policy-alerts-card">
                <Flex vertical gap={8} align="flex-start">
                  <Typography.Title level={2} className="brief-section-title">
                    <AlertOutlined aria-hidden /> {t('riskAlerts.home.title')}
                  </Typography.Title>
                  <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
                    {t('riskAlerts.home.text')}
                  </Typography.Paragraph>
                  <ButtonLink to="/policy/alerts" data-testid="policy-alerts-link">
                    {t('riskAlerts.home.link')}
                  </ButtonLink>
                </Flex>
              </Card>
            ) : null}
            {/* Members raise the problems they meet abroad; visitors have no issues log. */}
            {me ? <IssuesHomeCard /> : null}
            <Card className="policy-home-card">
              <Flex vertical gap={8} align="flex-start">
                <Typography.Title level={2} className="brief-section-title">
                  <GlobalOutlined aria-hidden /> {t('policyBriefs.home.countriesTitle')}
                </Typography.Title>
                <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
                  {t('policyBriefs.home.countriesText')}
                </Typography.Paragraph>
                <ButtonLink to="/policy/countries" data-testid="policy-countries-link">
                  {t('policyBriefs.home.countriesLink')}
                </ButtonLink>
              </Flex>
            </Card>
            {writes ? (
              <Card className="policy-home-card">
                <Flex vertical gap={8} align="flex-start">
                  <Typography.Title level={2} className="brief-section-title">
                    {t('policyBriefs.home.mineTitle')}
                  </Typography.Title>
                  <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
                    {t('policyBriefs.home.mineText')}
                  </Typography.Paragraph>
                  <Link to="/policy/briefs?scope=mine">
                    {t('policyBriefs.home.mineLink')} <ArrowRightOutlined aria-hidden />
                  </Link>
                </Flex>
              </Card>
            ) : null}
            <Card className="policy-home-card">
              <Typography.Title level={2} className="brief-section-title">
                {t('policyBriefs.home.topicsTitle')}
              </Typography.Title>
              <ul className="policy-topic-links">
                {POLICY_TOPICS.map((topic) => (
                  <li key={topic}>
                    <Link to={`/policy/briefs?topic=${topic}`}>{t(`policyBriefs.topic.${topic}`)}</Link>
                  </li>
                ))}
              </ul>
            </Card>
          </Flex>
        </Col>
      </Row>
    </div>
  );
}
