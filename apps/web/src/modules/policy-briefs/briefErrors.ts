import type { FormInstance } from 'antd';
import type { TFunction } from 'i18next';
import { isApiError } from '../../lib/apiClient';
import { translateDetail } from '../../lib/forms';

/**
 * Puts the API's refusal of the files (not PDFs, too many, not the author's) on the form's files,
 * in the reader's language. The API names the list `attachmentIds`; the form holds `attachments`,
 * so the generic field errors miss it.
 */
export function showAttachmentRefusal(form: FormInstance, error: unknown, t: TFunction): boolean {
  if (!isApiError(error)) return false;
  const errors = error.details
    .filter((detail) => /^attachmentIds(\.|$)/.test(detail.field))
    .map((detail) => translateDetail(t, detail));
  if (errors.length === 0) return false;
  form.setFields([{ name: 'attachments', errors: [...new Set(errors)] }]);
  return true;
}
