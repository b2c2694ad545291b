import type { FinancingRevisionDto } from '@alliance/contracts';
import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../../lib/names';
import './review.css';

/** The revisions the requester made since the institution last looked, each with the fields it changed. */
export function UnseenRevisions({ revisions }: { revisions: readonly FinancingRevisionDto[] }) {
  const { t, i18n } = useTranslation();
  if (revisions.length === 0) return null;
  return (
    <Alert
      type="warning"
      showIcon
      style={{ marginBottom: 24 }}
      title={t('financing.reviews.unseen.title', { count: revisions.length })}
      data-testid="unseen-revisions"
      description={
        <ul className="review-revisions">
          {revisions.map((revision) => (
            <li key={revision.number} data-testid={`unseen-revision-${revision.number}`}>
              {t('financing.reviews.unseen.revision', {
                number: revision.number,
                date: formatDate(revision.createdAt, i18n.resolvedLanguage, true),
                fields: revision.changedFields
                  .map((field) => t(`financing.fields.${field}`))
                  .join(t('financing.reviews.listSeparator')),
              })}
            </li>
          ))}
        </ul>
      }
    />
  );
}
