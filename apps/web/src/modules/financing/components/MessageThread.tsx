import type { FinancingMessageDto } from '@alliance/contracts';
import type { CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import { MessageThread as PrivateThread } from '../../../components/thread/MessageThread';

interface Props {
  messages: readonly FinancingMessageDto[];
  /** The reader's side, shown on the right as in a chat. */
  mine: FinancingMessageDto['side'];
  /** Who wrote a message, named as this reader knows them. */
  author: (message: FinancingMessageDto) => string;
  style?: CSSProperties;
  'data-testid'?: string;
}

/** The private questions and answers between the requester and one institution, oldest first. */
export function MessageThread({ messages, mine, author, style, 'data-testid': testId }: Props) {
  const { t } = useTranslation();
  return (
    <PrivateThread
      messages={messages}
      mine={mine}
      kind={(message) => t(`financing.requests.thread.${message.kind}`)}
      author={author}
      messageTestId={(message) => `message-${message.kind}`}
      style={style}
      data-testid={testId}
    />
  );
}
