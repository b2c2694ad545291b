import { Card, Form, type FormRule } from 'antd';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { AttachmentUploader } from './AttachmentUploader';

interface Props {
  /** A line beside the card's title on what the files are for; none when the title says enough. */
  hint?: string;
  /** A record that takes fewer kinds of file (a policy brief: PDF only): what the picker offers, and says. */
  accept?: string;
  acceptHint?: string;
  /** The record's own rules on its files, checked with the form's (e.g. PDF only, for dropped files). */
  rules?: FormRule[];
}

/**
 * A form's files (a post's, a financing request's) as its `attachments` field: uploaded as soon
 * as chosen, attached when the record is saved.
 */
export function AttachmentFields({ hint, accept, acceptHint, rules = [] }: Props) {
  const { t } = useTranslation();
  const form = Form.useFormInstance();
  // Saving while a file is on its way would leave it out without a word.
  const uploading = useRef(false);
  const arrived: FormRule = {
    validator: () =>
      uploading.current ? Promise.reject(new Error(t('attachments.stillUploading'))) : Promise.resolve(),
  };

  return (
    <Card title={t('attachments.title')} extra={hint} style={{ marginBottom: 24 }}>
      <Form.Item name="attachments" rules={[arrived, ...rules]} style={{ marginBottom: 0 }}>
        <AttachmentUploader
          accept={accept}
          hint={acceptHint}
          onUploadingChange={(busy) => {
            uploading.current = busy;
            // A cancelled upload changes no value, so nothing else would take the "wait" message away.
            const waiting = form.getFieldError('attachments').includes(t('attachments.stillUploading'));
            if (!busy && waiting) form.validateFields(['attachments']).catch(() => undefined);
          }}
        />
      </Form.Item>
    </Card>
  );
}
