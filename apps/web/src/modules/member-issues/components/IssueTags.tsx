import type { IssueCaseStatus, MemberIssueCategory, MemberIssueStatus } from '@alliance/contracts';
import { LockOutlined } from '@ant-design/icons';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

const ISSUE_COLORS: Record<MemberIssueStatus, string> = {
  submitted: 'gold',
  acknowledged: 'blue',
  relayed: 'geekblue',
  answered: 'cyan',
  resolved: 'green',
  closed: 'default',
};

const CASE_COLORS: Record<IssueCaseStatus, string> = {
  open: 'gold',
  relayed: 'geekblue',
  answered: 'cyan',
  resolved: 'green',
  closed: 'default',
};

export function IssueStatusTag({ status }: { status: MemberIssueStatus }) {
  const { t } = useTranslation();
  return (
    <Tag color={ISSUE_COLORS[status]} data-testid="issue-status">
      {t(`memberIssues.status.${status}`)}
    </Tag>
  );
}

export function CaseStatusTag({ status }: { status: IssueCaseStatus }) {
  const { t } = useTranslation();
  return (
    <Tag color={CASE_COLORS[status]} data-testid="case-status">
      {t(`memberIssues.caseStatus.${status}`)}
    </Tag>
  );
}

export function CategoryTag({ category }: { category: MemberIssueCategory }) {
  const { t } = useTranslation();
  return <Tag variant="outlined">{t(`memberIssues.category.${category}`)}</Tag>;
}

export function ConfidentialTag() {
  const { t } = useTranslation();
  return (
    <Tag icon={<LockOutlined />} color="purple" data-testid="confidential-tag">
      {t('memberIssues.confidential')}
    </Tag>
  );
}
