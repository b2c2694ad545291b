import { htmlLang, pickTitle, readerLanguage, type IssueCaseSummaryDto } from '@alliance/contracts';
import { Empty, Flex, Table, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { countryName, formatDate } from '../../../lib/names';
import { ageInDays } from '../issueFilters';
import { CaseStatusTag, CategoryTag } from './IssueTags';

interface Props {
  cases: readonly IssueCaseSummaryDto[];
  loading?: boolean;
  empty: string;
  /** Inside a group of one country and category: those columns would repeat the group's title. */
  grouped?: boolean;
  testId?: string;
}

/** Cases oldest first: how many members raised each, and how long it has waited. */
export function CasesTable({ cases, loading = false, empty, grouped = false, testId = 'cases-table' }: Props) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage;
  const reader = readerLanguage(language);

  const columns: TableColumnsType<IssueCaseSummaryDto> = [
    {
      key: 'title',
      title: t('memberIssues.fields.title'),
      render: (_, kase) => (
        <Flex vertical gap={2} align="flex-start">
          <Link
            to={`/policy/cases/${kase.id}`}
            lang={htmlLang(pickTitle(kase, reader).language)}
            data-testid="case-link"
          >
            {pickTitle(kase, reader).text}
          </Link>
          <Typography.Text type="secondary" className="issue-reference">
            {kase.reference}
          </Typography.Text>
        </Flex>
      ),
    },
    ...(grouped
      ? []
      : [
          {
            key: 'category',
            title: t('memberIssues.fields.category'),
            responsive: ['sm' as const],
            render: (_: unknown, kase: IssueCaseSummaryDto) => <CategoryTag category={kase.category} />,
          },
          {
            key: 'country',
            title: t('memberIssues.fields.country'),
            responsive: ['sm' as const],
            render: (_: unknown, kase: IssueCaseSummaryDto) => countryName(kase.country, language),
          },
        ]),
    {
      key: 'status',
      title: t('memberIssues.fields.status'),
      width: 110,
      render: (_, kase) => <CaseStatusTag status={kase.status} />,
    },
    {
      key: 'raisedBy',
      title: t('memberIssues.fields.members'),
      width: 110,
      align: 'right',
      render: (_, kase) => <span data-testid="case-raised-by">{kase.raisedBy}</span>,
    },
    {
      key: 'age',
      title: t('memberIssues.fields.age'),
      width: 150,
      responsive: ['md'],
      render: (_, kase) => (
        <Flex vertical gap={0}>
          <span className="issue-nowrap">{t('memberIssues.case.age', { count: ageInDays(kase.openedAt) })}</span>
          <Typography.Text type="secondary" className="issue-nowrap issue-reference">
            {formatDate(kase.openedAt, language)}
          </Typography.Text>
        </Flex>
      ),
    },
  ];

  return (
    <Table<IssueCaseSummaryDto>
      data-testid={testId}
      size="middle"
      rowKey="id"
      columns={columns}
      dataSource={[...cases]}
      loading={loading}
      pagination={false}
      locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={empty} /> }}
    />
  );
}
