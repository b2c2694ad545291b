import { matchReasonText, readerLanguage, type MatchReason } from '@alliance/contracts';
import { CheckOutlined } from '@ant-design/icons';
import { Flex, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

interface Props {
  reasons: readonly MatchReason[];
  /** The API's sentence in the reader's language (it says the same as the tags, in one line). */
  explanation: string;
}

/** Why a suggestion is made: the API's explanation, and each reason as a tag in the reader's language. */
export function MatchReasons({ reasons, explanation }: Props) {
  const { i18n } = useTranslation();
  const locale = readerLanguage(i18n.resolvedLanguage);
  return (
    <Flex vertical gap={6}>
      <Typography.Text className="coop-meta" data-testid="match-explanation">
        {explanation}
      </Typography.Text>
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
    </Flex>
  );
}
