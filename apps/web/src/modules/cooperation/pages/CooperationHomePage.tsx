import { AppstoreOutlined, AuditOutlined, FundOutlined, HeartOutlined, PlusOutlined } from '@ant-design/icons';
import { Badge, Card, Col, Empty, Flex, Row, Skeleton, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ApiErrorAlert } from '../../../components/ApiErrorAlert';
import { ButtonLink } from '../../../components/ButtonLink';
import { PageHeader } from '../../../components/PageHeader';
import { PlatformIcon } from '../../platforms/components/PlatformIcon';
import { useExpressions, useProjects } from '../api';
import { ProjectCard } from '../components/ProjectCard';
import { ProjectMatchList } from '../components/ProjectMatchList';
import { WaitingExpressions } from '../components/WaitingExpressions';
import { useCooperationRights } from '../useCooperationRights';
import '../cooperation.css';

const SHOWN = 5;

function SectionTitle({ children }: { children: React.ReactNode }) {
  return (
    <Typography.Title level={2} className="coop-section-title">
      {children}
    </Typography.Title>
  );
}

/** A member's desk: the projects suggested to it and why, its own projects, the expressions waiting for its answer. */
function MemberHome() {
  const { t } = useTranslation();
  const mine = useProjects({ scope: 'mine', limit: SHOWN });
  const received = useExpressions('received', 'open');
  const waiting = received.data ?? [];

  return (
    <Row gutter={[24, 24]}>
      <Col xs={24} xl={14}>
        <Card title={<SectionTitle>{t('cooperation.home.matches')}</SectionTitle>} data-testid="home-matches">
          <Typography.Paragraph type="secondary" className="coop-meta">
            {t('cooperation.home.matchesHint')}
          </Typography.Paragraph>
          <ProjectMatchList />
        </Card>
      </Col>
      <Col xs={24} xl={10}>
        <Flex vertical gap={24}>
          <Card
            title={
              <Flex gap={8} align="center">
                <SectionTitle>{t('cooperation.home.waiting')}</SectionTitle>
                {waiting.length ? <Badge count={waiting.length} color="#0b3d6e" /> : null}
              </Flex>
            }
            data-testid="home-waiting"
          >
            <ApiErrorAlert error={received.error} />
            {received.isPending ? (
              <Skeleton active paragraph={{ rows: 2 }} />
            ) : (
              <WaitingExpressions expressions={waiting} />
            )}
          </Card>
          <Card
            title={<SectionTitle>{t('cooperation.home.mine')}</SectionTitle>}
            extra={<Link to="/cooperation/projects?scope=mine">{t('cooperation.home.allMine')}</Link>}
            data-testid="home-mine"
          >
            <ApiErrorAlert error={mine.error} />
            {mine.isPending ? (
              <Skeleton active paragraph={{ rows: 2 }} />
            ) : (mine.data?.items ?? []).length === 0 ? (
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('cooperation.home.noneMine')} />
            ) : (
              <Flex vertical gap={12}>
                {(mine.data?.items ?? []).map((project) => (
                  <ProjectCard key={project.id} project={project} level={3} />
                ))}
              </Flex>
            )}
          </Card>
        </Flex>
      </Col>
    </Row>
  );
}

/** The secretariat's desk: the projects waiting for review, and the way to the deal figures. */
function SecretariatHome() {
  const { t } = useTranslation();
  const review = useProjects({ scope: 'review', limit: SHOWN });
  const items = review.data?.items ?? [];
  return (
    <Card
      title={
        <Flex gap={8} align="center">
          <SectionTitle>{t('cooperation.review.title')}</SectionTitle>
          {review.data?.total ? <Badge count={review.data.total} color="#0b3d6e" data-testid="review-count" /> : null}
        </Flex>
      }
      extra={<Link to="/cooperation/review">{t('cooperation.home.allReview')}</Link>}
      data-testid="home-review"
    >
      <ApiErrorAlert error={review.error} />
      {review.isPending ? (
        <Skeleton active paragraph={{ rows: 2 }} />
      ) : items.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('cooperation.list.empty.review')} />
      ) : (
        <Flex vertical gap={12}>
          {items.map((project) => (
            <ProjectCard key={project.id} project={project} level={3} />
          ))}
        </Flex>
      )}
    </Card>
  );
}

/** `/cooperation`: the platform's home, for members and for the secretariat. */
export function CooperationHomePage() {
  const { t } = useTranslation();
  const rights = useCooperationRights();
  return (
    <div className="page" data-testid="cooperation-home">
      <PageHeader
        title={
          <span className="platform-title">
            <span className="platform-title-icon">
              <PlatformIcon platform="cooperation" />
            </span>
            {t('platforms.cooperation.title')}
          </span>
        }
        subtitle={t('platforms.cooperation.tagline')}
        extra={
          <>
            <ButtonLink to="/cooperation/projects" icon={<AppstoreOutlined />} data-testid="home-projects">
              {t('cooperation.nav.projects')}
            </ButtonLink>
            {rights.secretariat ? (
              <ButtonLink to="/cooperation/review" icon={<AuditOutlined />}>
                {t('cooperation.nav.review')}
              </ButtonLink>
            ) : (
              <ButtonLink to="/cooperation/interests" icon={<HeartOutlined />}>
                {t('cooperation.nav.interests')}
              </ButtonLink>
            )}
            <ButtonLink to="/cooperation/deals" icon={<FundOutlined />}>
              {t('cooperation.nav.deals')}
            </ButtonLink>
            {rights.publishes ? (
              <ButtonLink
                to="/cooperation/projects/new"
                type="primary"
                icon={<PlusOutlined />}
                data-testid="home-new-project"
              >
                {t('cooperation.list.new')}
              </ButtonLink>
            ) : null}
          </>
        }
      />
      {rights.secretariat ? <SecretariatHome /> : <MemberHome />}
    </div>
  );
}
