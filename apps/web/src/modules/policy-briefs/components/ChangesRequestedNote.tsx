import type { PolicyBriefDto } from '@alliance/contracts';
import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../lib/names';
import { useBriefComments } from '../api';
import { editedVersion } from '../briefForm';

/** In the editor of a version sent back: what the secretariat asked for, the latest request first in mind. */
export function ChangesRequestedNote({ brief }: { brief: PolicyBriefDto }) {
  const { t, i18n } = useTranslation();
  const version = editedVersion(brief);
  const sentBack = version.status === 'changes_requested';
  const comments = useBriefComments(brief.id, sentBack);
  const latest = (comments.data?.items ?? [])
    .filter((comment) => comment.kind === 'changes_requested' && comment.versionNumber === version.number)
    .at(-1);
  if (!sentBack || !latest) return null;
  return (
    <Alert
      type="warning"
      showIcon
      style={{ marginBottom: 24 }}
      title={t('policyBriefs.form.changesRequested', {
        name: latest.authorName ?? t('policyBriefs.thread.secretariat'),
        date: formatDate(latest.createdAt, i18n.resolvedLanguage),
      })}
      description={<span className="brief-plain-text">{latest.body}</span>}
      data-testid="changes-requested-note"
    />
  );
}
