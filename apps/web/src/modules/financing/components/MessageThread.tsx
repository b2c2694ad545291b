import type { FinancingMessageDto } from '@alliance/contracts';
import type { CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../lib/names';
import './financing.css';

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
  const { t, i18n } = useTranslation();
  return (
    <ol className="financing-thread" style={style} data-testid={testId}>
      {messages.map((message) => (
        <li
          key={message.id}
          className={message.side === mine ? 'financing-bubble mine' : 'financing-bubble'}
          data-testid={`message-${message.kind}`}
        >
          <span className="financing-bubble-meta">
            {[
              t(`financing.requests.thread.${message.kind}`),
              author(message),
              formatDate(message.createdAt, i18n.resolvedLanguage, true),
            ].join(' · ')}
          </span>
          <div className="financing-bubble-body">{message.body}</div>
        </li>
      ))}
    </ol>
  );
}
