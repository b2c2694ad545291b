import { pickTitle, readerLanguage } from '@alliance/contracts';
import { ArrowRightOutlined } from '@ant-design/icons';
import { Card, Flex, Skeleton, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ApiErrorAlert } from '../../../components/ApiErrorAlert';
import { useIssueCase } from '../api';
import { CaseOutcome } from './CaseOutcome';
import { CaseStatusTag } from './IssueTags';

/** The issue's case as its organization reads it: title, status, how many raised it, the relay and the answer. */
export function IssueCaseCard({ caseId }: { caseId: string | null }) {
  const { t, i18n } = useTranslation();
  const reader = readerLanguage(i18n.resolvedLanguage);
  const query = useIssueCase(caseId);

  return (
    <Card title={t('memberIssues.detail.case')} data-testid="issue-case">
      {!caseId ? (
        <Typography.Text type="secondary" data-testid="issue-not-filed">
          {t('memberIssues.detail.notFiled')}
        </Typography.Text>
      ) : query.isPending ? (
        <Skeleton active paragraph={{ rows: 3 }} />
      ) : query.error ? (
        <ApiErrorAlert error={query.error} />
      ) : (
        <Flex vertical gap={16}>
          <Flex vertical gap={4} align="flex-start">
            <Link to={`/policy/cases/${query.data.id}`} className="issue-case-title" data-testid="issue-case-link">
              {pickTitle(query.data, reader).text} <ArrowRightOutlined aria-hidden />
            </Link>
            <Flex gap={8} wrap align="center">
              <Typography.Text type="secondary">{query.data.reference}</Typography.Text>
              <CaseStatusTag status={query.data.status} />
              <Typography.Text type="secondary">
                {t('memberIssues.case.raisedBy', { count: query.data.raisedBy })}
              </Typography.Text>
            </Flex>
          </Flex>
          <CaseOutcome kase={query.data} />
        </Flex>
      )}
    </Card>
  );
}
