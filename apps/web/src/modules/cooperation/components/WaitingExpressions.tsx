import { htmlLang, pickTitle, readerLanguage, type ExpressionSummaryDto } from '@alliance/contracts';
import { Empty, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate, pickName } from '../../../lib/names';
import { ExpressionButtons } from './ExpressionButtons';

/** Expressions of interest waiting for the owner's answer: who, on which project, when; accept or decline here. */
export function WaitingExpressions({ expressions }: { expressions: readonly ExpressionSummaryDto[] }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage;
  const reader = readerLanguage(language);
  if (expressions.length === 0)
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('cooperation.home.noneWaiting')} />;
  return (
    <ul className="coop-rows coop-rows-stacked" data-testid="waiting-expressions">
      {expressions.map((expression) => {
        const title = pickTitle(expression.project, reader);
        return (
          <li key={expression.id} data-testid="waiting-expression" data-expression-id={expression.id}>
            <Flex vertical gap={2} style={{ minWidth: 0 }}>
              <Link to={`/cooperation/interests/${expression.id}`} className="coop-strong">
                {pickName(expression.organization, language)}
              </Link>
              <Typography.Text type="secondary" className="coop-meta">
                <span lang={htmlLang(title.language)}>{title.text}</span> · {formatDate(expression.createdAt, language)}
              </Typography.Text>
              <Typography.Paragraph className="coop-text coop-meta" ellipsis={{ rows: 2 }} style={{ margin: 0 }}>
                {expression.message}
              </Typography.Paragraph>
            </Flex>
            <Flex gap={8} wrap>
              <ExpressionButtons expressionId={expression.id} actions={['accept', 'decline']} size="small" />
            </Flex>
          </li>
        );
      })}
    </ul>
  );
}
