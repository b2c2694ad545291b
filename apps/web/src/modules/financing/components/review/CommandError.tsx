import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../../../components/ApiErrorAlert';
import { ConflictAlert } from '../../../../components/ConflictAlert';
import { isApiError } from '../../../../lib/apiClient';
import type { ReviewCommand, useReviewCommand } from '../../api';

/** The one mutation a review page runs its commands through, so a refusal shows whichever form sent it. */
export type ReviewCommandMutation = ReturnType<typeof useReviewCommand>;

/** Someone acted on the review meanwhile (a stale version, or a step its status no longer allows). */
export function isConflict(error: unknown): boolean {
  return isApiError(error) && error.statusCode === 409;
}

/** A refusal of this form's command other than a conflict (those show above the review, which is read again). */
export function CommandError({ command, action }: { command: ReviewCommandMutation; action: ReviewCommand['action'] }) {
  if (command.variables?.action !== action || !command.error || isConflict(command.error)) return null;
  return <ApiErrorAlert error={command.error} />;
}

/** A 409: nothing was saved; the review has been read again and shows what changed. */
export function ReviewConflictAlert({
  command,
  onReload,
  reloading,
}: {
  command: ReviewCommandMutation;
  onReload: () => void;
  reloading: boolean;
}) {
  const { t } = useTranslation();
  if (!isConflict(command.error)) return null;
  return (
    <ConflictAlert
      testId="review-conflict"
      title={t('financing.reviews.conflict.title')}
      text={t('financing.reviews.conflict.text')}
      reloadLabel={t('financing.reviews.conflict.reload')}
      onReload={onReload}
      reloading={reloading}
    />
  );
}
