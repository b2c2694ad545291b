import type { CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../lib/names';
import './thread.css';

/** What a private thread shows of a message: which side wrote it, when, and its plain text. */
export interface ThreadMessage {
  id: string;
  side: string;
  body: string;
  createdAt: string;
}

interface Props<M extends ThreadMessage> {
  messages: readonly M[];
  /** The reader's side, shown on the right as in a chat. */
  mine: M['side'];
  /** What the message is (a question, an answer, a request for changes), in the reader's language. */
  kind: (message: M) => string;
  /** Who wrote a message, named as this reader knows them. */
  author: (message: M) => string;
  /** Each message's test id, named after what it is (`message-question`). */
  messageTestId: (message: M) => string;
  /** A message that needs the reader's attention (changes asked for), drawn with an accent. */
  emphasized?: (message: M) => boolean;
  style?: CSSProperties;
  'data-testid'?: string;
}

/**
 * A private thread between two sides (a financing requester and one institution; a brief's
 * authors and the secretariat), oldest first. Bodies are what people typed: always text, never HTML.
 */
export function MessageThread<M extends ThreadMessage>({
  messages,
  mine,
  kind,
  author,
  messageTestId,
  emphasized,
  style,
  'data-testid': testId,
}: Props<M>) {
  const { i18n } = useTranslation();
  return (
    <ol className="message-thread" style={style} data-testid={testId}>
      {messages.map((message) => (
        <li
          key={message.id}
          className={['message-bubble', message.side === mine ? 'mine' : '', emphasized?.(message) ? 'emphasized' : '']
            .filter(Boolean)
            .join(' ')}
          data-testid={messageTestId(message)}
        >
          <span className="message-bubble-meta">
            {[kind(message), author(message), formatDate(message.createdAt, i18n.resolvedLanguage, true)].join(' · ')}
          </span>
          <div className="message-bubble-body">{message.body}</div>
        </li>
      ))}
    </ol>
  );
}
