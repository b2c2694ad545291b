import { Empty, Flex, Skeleton, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ApiErrorAlert } from '../../../components/ApiErrorAlert';
import { formatDate, pickName } from '../../../lib/names';
import { useProjectExpressions } from '../api';
import { ExpressionStatusTag } from './CooperationTags';
import { ExpressionButtons } from './ExpressionButtons';

/** For the owner: who expressed interest, what they wrote, where each stands; open ones to accept or decline. */
export function ProjectExpressions({ projectId }: { projectId: string }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage;
  const query = useProjectExpressions(projectId, true);
  if (query.isPending) return <Skeleton active paragraph={{ rows: 2 }} />;
  const expressions = query.data ?? [];
  return (
    <>
      <ApiErrorAlert error={query.error} />
      {expressions.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('cooperation.expressions.noneYet')} />
      ) : (
        <ul className="coop-rows" data-testid="project-expressions">
          {expressions.map((expression) => (
            <li key={expression.id} data-testid="project-expression" data-expression-id={expression.id}>
              <Flex vertical gap={4} style={{ minWidth: 0, flex: 1 }}>
                <Flex gap={8} wrap align="center">
                  <Link to={`/cooperation/interests/${expression.id}`} className="coop-strong">
                    {pickName(expression.organization, language)}
                  </Link>
                  <ExpressionStatusTag status={expression.status} />
                  <Typography.Text type="secondary" className="coop-meta">
                    {formatDate(expression.createdAt, language)}
                  </Typography.Text>
                </Flex>
                <Typography.Paragraph className="coop-text" ellipsis={{ rows: 3 }} style={{ margin: 0 }}>
                  {expression.message}
                </Typography.Paragraph>
              </Flex>
              {expression.status === 'open' ? (
                <Flex gap={8} wrap className="coop-row-actions">
                  <ExpressionButtons expressionId={expression.id} actions={['accept', 'decline']} size="small" />
                </Flex>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
