import { ATTACHMENT_LIMITS } from '@alliance/contracts';
import type { FormInstance } from 'antd';
import type { TFunction } from 'i18next';
import { isApiError } from '../../lib/apiClient';

/** The API refused the list of files: too many, or one that is not the author's to attach. */
export function refusedAttachments(error: unknown): boolean {
  return isApiError(error) && error.details.some((detail) => /^attachmentIds(\.|$)/.test(detail.field));
}

/**
 * Puts such a refusal on the form's files. The API names the list `attachmentIds`; a form holds
 * the files as `attachments` (see AttachmentFields), so the generic field errors miss it.
 */
export function showRefusedAttachments(form: FormInstance, error: unknown, t: TFunction): void {
  if (refusedAttachments(error)) {
    form.setFields([
      { name: 'attachments', errors: [t('attachments.errors.refused', { max: ATTACHMENT_LIMITS.perRecord })] },
    ]);
  }
}
