import type { FinancingMessageDto } from '@alliance/contracts';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../../lib/names';
import './request.css';

/** The private questions and answers between the requester and one institution, oldest first. */
export function MessageThread({ messages, institutionName }: { messages: readonly FinancingMessageDto[]; institutionName: string }) {
  const { t, i18n } = useTranslation();
  return (
    <ol className="financing-thread" data-testid="review-thread">
      {messages.map((message) => {
        // The card already names the institution: the author's name is enough, the side when there is none.
        const author = message.authorName ?? (message.side === 'requester' ? t('financing.requests.thread.you') : institutionName);
        return (
          <li key={message.id} className={`financing-bubble from-${message.side}`} data-testid={`message-${message.kind}`}>
            <span className="financing-bubble-meta">
              {[t(`financing.requests.thread.${message.kind}`), author, formatDate(message.createdAt, i18n.resolvedLanguage, true)].join(' · ')}
            </span>
            <div className="financing-bubble-body">{message.body}</div>
          </li>
        );
      })}
    </ol>
  );
}
