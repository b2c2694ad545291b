import { ArrowRightOutlined, SolutionOutlined } from '@ant-design/icons';
import { Card, Flex, Skeleton, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ButtonLink } from '../../../components/ButtonLink';
import { useMemberIssues } from '../api';
import { useIssueRights } from '../useIssueRights';

/** The policy landing's way to the issues log and the cases (members); the secretariat also sees its inbox. */
export function IssuesHomeCard() {
  const { t } = useTranslation();
  const rights = useIssueRights();
  const inbox = useMemberIssues({ unfiled: true, limit: 1 }, { enabled: rights.secretariat });

  return (
    <Card className="policy-home-card" data-testid="policy-issues-card">
      <Flex vertical gap={8} align="flex-start">
        <Typography.Title level={2} className="brief-section-title">
          <SolutionOutlined aria-hidden /> {t('memberIssues.home.title')}
        </Typography.Title>
        <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
          {t('memberIssues.home.text')}
        </Typography.Paragraph>
        {rights.secretariat ? (
          inbox.isPending ? (
            <Skeleton.Input active size="small" />
          ) : (
            <Typography.Text className="policy-home-figure" data-testid="policy-inbox-count">
              {t('memberIssues.home.inboxCount', { count: inbox.data?.total ?? 0 })}
            </Typography.Text>
          )
        ) : null}
        <Flex gap={8} wrap>
          <ButtonLink to="/policy/issues" data-testid="policy-issues-link">
            {t('memberIssues.home.issuesLink')}
          </ButtonLink>
          {rights.raises ? (
            <ButtonLink to="/policy/issues/new" type="primary">
              {t('memberIssues.list.raise')}
            </ButtonLink>
          ) : null}
        </Flex>
        <Link to="/policy/cases" data-testid="policy-cases-link">
          {t('memberIssues.home.casesLink')} <ArrowRightOutlined aria-hidden />
        </Link>
      </Flex>
    </Card>
  );
}
