import { SERVICE_LIMITS, type ServiceRequestDto, type ServiceRequestMessageDto } from '@alliance/contracts';
import { Empty, Flex } from 'antd';
import { useTranslation } from 'react-i18next';
import { MessageThread } from '../../../components/thread/MessageThread';
import { ThreadComposer } from '../../../components/thread/ThreadComposer';
import { pickName } from '../../../lib/names';
import { useSendServiceMessage } from '../api';

/** The private thread of the member and the provider, oldest first, and a new message while it is open. */
export function ServiceThread({
  request,
  mine,
}: {
  request: ServiceRequestDto & { messages: ServiceRequestMessageDto[] };
  mine: ServiceRequestMessageDto['side'];
}) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage;
  const send = useSendServiceMessage(request.id);
  return (
    <Flex vertical gap={16}>
      {request.messages.length === 0 ? (
        <Empty
          image={Empty.PRESENTED_IMAGE_SIMPLE}
          description={t('agreementServices.thread.empty')}
          style={{ margin: 0 }}
        />
      ) : (
        <MessageThread
          messages={request.messages}
          mine={mine}
          kind={(m) => pickName(m.side === 'provider' ? request.provider : request.organization, language)}
          author={(m) => m.authorName ?? t('agreementServices.thread.someone')}
          messageTestId={() => 'thread-message'}
          data-testid="thread"
        />
      )}
      {request.actions.includes('message') ? (
        <ThreadComposer
          name="service-message"
          maxLength={SERVICE_LIMITS.messageLength}
          send={send}
          labels={{
            label: t('agreementServices.thread.label'),
            required: t('agreementServices.thread.required'),
            send: t('agreementServices.thread.send'),
            sent: t('agreementServices.thread.sent'),
          }}
        />
      ) : null}
    </Flex>
  );
}
