import { matchReasonText, readerLanguage, type MatchReason } from '@alliance/contracts';
import { CheckOutlined } from '@ant-design/icons';
import { Flex, Tag } from 'antd';
import { useTranslation } from 'react-i18next';

/** Why another participant fits the reader's organization, each reason a tag in the reader's language. */
export function MatchTags({ reasons }: { reasons: readonly MatchReason[] }) {
  const { i18n } = useTranslation();
  const locale = readerLanguage(i18n.resolvedLanguage);
  return (
    <Flex wrap gap={6} data-testid="match-reasons">
      {reasons.map((reason, index) => (
        <Tag
          key={`${reason.code}-${index}`}
          icon={<CheckOutlined aria-hidden />}
          color="blue"
          variant="outlined"
          style={{ marginInlineEnd: 0, whiteSpace: 'normal' }}
          data-testid="match-reason"
          data-code={reason.code}
        >
          {matchReasonText(reason, locale)}
        </Tag>
      ))}
    </Flex>
  );
}
