import { htmlLang, pickTitle, readerLanguage, type ExpressionSummaryDto } from '@alliance/contracts';
import { Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { countryName, formatDate, pickName } from '../../../lib/names';
import { ExpressionStatusTag, KindTag } from './CooperationTags';

interface Props {
  expressions: readonly ExpressionSummaryDto[];
  /** Sent: the project's owner is the other side; received: the interested organization is. */
  side: 'sent' | 'received';
  loading: boolean;
  empty: string;
}

/** Expressions of interest, newest first: the project (its kind and country beneath), the other side, the status and when. */
export function ExpressionsTable({ expressions, side, loading, empty }: Props) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage;
  const reader = readerLanguage(language);
  return (
    <Table<ExpressionSummaryDto>
      rowKey="id"
      dataSource={[...expressions]}
      loading={loading}
      pagination={false}
      scroll={{ x: 'max-content' }}
      locale={{ emptyText: empty }}
      data-testid={`expressions-${side}`}
      onRow={(expression) => ({ 'data-testid': 'expression-row', 'data-expression-id': expression.id }) as object}
      columns={[
        {
          key: 'project',
          title: t('cooperation.expressions.columns.project'),
          render: (_, expression) => {
            const title = pickTitle(expression.project, reader);
            return (
              <div className="coop-cell-title">
                <Link to={`/cooperation/interests/${expression.id}`} lang={htmlLang(title.language)}>
                  {title.text}
                </Link>
                <div className="coop-cell-meta">
                  <KindTag kind={expression.project.kind} />
                  <Typography.Text type="secondary" className="coop-meta">
                    {countryName(expression.project.country, language)}
                  </Typography.Text>
                </div>
              </div>
            );
          },
        },
        {
          key: 'other',
          title: t(side === 'sent' ? 'cooperation.expressions.columns.owner' : 'cooperation.expressions.columns.from'),
          render: (_, expression) => (
            <div className="coop-cell-name">
              {pickName(side === 'sent' ? expression.projectOrganization : expression.organization, language)}
            </div>
          ),
        },
        {
          key: 'status',
          title: t('cooperation.fields.status'),
          render: (_, expression) => <ExpressionStatusTag status={expression.status} />,
        },
        {
          key: 'createdAt',
          title: t('cooperation.expressions.columns.sentAt'),
          render: (_, expression) => <span className="coop-nowrap">{formatDate(expression.createdAt, language)}</span>,
        },
      ]}
    />
  );
}
