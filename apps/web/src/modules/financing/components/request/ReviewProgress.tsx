import type { FinancingRequestSummaryDto } from '@alliance/contracts';
import { Flex, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

/** How many of the institutions asked have answered, and with how many offers (the list carries the counts). */
export function ReviewProgress({ request }: { request: FinancingRequestSummaryDto }) {
  const { t } = useTranslation();
  if (!request.submittedAt)
    return <Typography.Text type="secondary">{t('financing.requests.list.notShared')}</Typography.Text>;
  if (!request.progress) return <Typography.Text type="secondary">—</Typography.Text>;
  const { asked, answered, offers } = request.progress;
  return (
    <Flex vertical gap={2} align="flex-start" data-testid={`request-progress-${request.id}`}>
      <span>{t('financing.requests.list.answered', { answered, asked })}</span>
      {offers > 0 ? (
        <Tag color="gold" style={{ marginInlineEnd: 0 }}>
          {t('financing.requests.list.offers', { count: offers })}
        </Tag>
      ) : null}
    </Flex>
  );
}
