import { htmlLang, pickTitle, readerLanguage, type MemberIssueSummaryDto } from '@alliance/contracts';
import { Empty, Flex, Table, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { countryName, formatDate, pickName } from '../../../lib/names';
import { CategoryTag, ConfidentialTag, IssueStatusTag } from './IssueTags';

interface Props {
  issues: readonly MemberIssueSummaryDto[];
  loading: boolean;
  /** The secretariat reads every organization's issues: their names are shown. */
  showOrganization: boolean;
  empty: string;
  /** Inside a case: its category, country and link would repeat the case's own. */
  inCase?: boolean;
  /** The secretariat's inbox: none is in a case yet. */
  unfiled?: boolean;
}

const IN_CASE_HIDDEN = ['category', 'country', 'case'];

/** Issues with their status, category, country and case; the title opens the issue. */
export function IssuesTable({ issues, loading, showOrganization, empty, inCase = false, unfiled = false }: Props) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage;

  const all: TableColumnsType<MemberIssueSummaryDto> = [
    {
      key: 'title',
      title: t('memberIssues.fields.title'),
      render: (_, issue) => (
        <Flex vertical gap={2} align="flex-start">
          <IssueTitleLink issue={issue} />
          <Typography.Text type="secondary" className="issue-reference">
            {issue.reference}
            {issue.park ? ` · ${pickName(issue.park, language)}` : ''}
          </Typography.Text>
          {issue.confidential ? <ConfidentialTag /> : null}
        </Flex>
      ),
    },
    ...(showOrganization
      ? [
          {
            key: 'organization',
            title: t('memberIssues.fields.organization'),
            responsive: ['md' as const],
            render: (_: unknown, issue: MemberIssueSummaryDto) => pickName(issue.organization, language),
          },
        ]
      : []),
    {
      key: 'category',
      title: t('memberIssues.fields.category'),
      responsive: ['sm'],
      render: (_, issue) => <CategoryTag category={issue.category} />,
    },
    {
      key: 'country',
      title: t('memberIssues.fields.country'),
      responsive: ['sm'],
      render: (_, issue) => countryName(issue.country, language),
    },
    {
      key: 'status',
      title: t('memberIssues.fields.status'),
      render: (_, issue) => <IssueStatusTag status={issue.status} />,
    },
    {
      key: 'case',
      title: t('memberIssues.fields.case'),
      responsive: ['lg'],
      render: (_, issue) =>
        issue.caseId ? (
          <Link to={`/policy/cases/${issue.caseId}`}>{t('memberIssues.detail.openCase')}</Link>
        ) : (
          <Typography.Text type="secondary">{t('memberIssues.list.notFiled')}</Typography.Text>
        ),
    },
    {
      key: 'raisedOn',
      title: t('memberIssues.fields.raisedOn'),
      responsive: ['md'],
      render: (_, issue) => <span className="issue-nowrap">{formatDate(issue.createdAt, language)}</span>,
    },
  ];

  const hidden = inCase ? IN_CASE_HIDDEN : unfiled ? ['case'] : [];
  const columns = all.filter((column) => !hidden.includes(String(column.key)));

  return (
    <Table<MemberIssueSummaryDto>
      data-testid="issues-table"
      size="middle"
      rowKey="id"
      columns={columns}
      dataSource={[...issues]}
      loading={loading}
      pagination={false}
      locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={empty} /> }}
    />
  );
}

function IssueTitleLink({ issue }: { issue: MemberIssueSummaryDto }) {
  const { i18n } = useTranslation();
  const title = pickTitle(issue, readerLanguage(i18n.resolvedLanguage));
  return (
    <Link to={`/policy/issues/${issue.id}`} lang={htmlLang(title.language)} data-testid="issue-link">
      {title.text}
    </Link>
  );
}
