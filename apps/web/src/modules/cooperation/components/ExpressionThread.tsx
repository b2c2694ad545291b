import { COOPERATION_LIMITS, type ExpressionDto, type ExpressionMessageDto } from '@alliance/contracts';
import { Empty, Flex } from 'antd';
import { useTranslation } from 'react-i18next';
import { MessageThread } from '../../../components/thread/MessageThread';
import { ThreadComposer } from '../../../components/thread/ThreadComposer';
import { pickName } from '../../../lib/names';
import { useSendMessage } from '../api';

interface Props {
  expression: ExpressionDto;
  mine: ExpressionMessageDto['side'];
}

/** The two organizations' private thread, oldest first, and a new message when the reader may write. */
export function ExpressionThread({ expression, mine }: Props) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage;
  const send = useSendMessage(expression.id);
  const sideName = (side: ExpressionMessageDto['side']) =>
    pickName(side === 'owner' ? expression.projectOrganization : expression.organization, language);

  return (
    <Flex vertical gap={16}>
      {expression.messages.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('cooperation.thread.empty')} style={{ margin: 0 }} />
      ) : (
        <MessageThread
          messages={expression.messages}
          mine={mine}
          kind={(item) => sideName(item.side)}
          author={(item) => item.authorName ?? t('cooperation.thread.someone')}
          messageTestId={() => 'thread-message'}
          data-testid="thread"
        />
      )}
      {expression.actions.includes('message') ? (
        <ThreadComposer
          name="expression-message"
          maxLength={COOPERATION_LIMITS.messageLength}
          send={send}
          labels={{
            label: t('cooperation.thread.label'),
            required: t('cooperation.thread.required'),
            send: t('cooperation.thread.send'),
            sent: t('cooperation.thread.sent'),
          }}
        />
      ) : null}
    </Flex>
  );
}
