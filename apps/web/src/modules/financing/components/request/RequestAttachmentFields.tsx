import { Card, Form, type FormRule } from 'antd';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { AttachmentUploader } from '../../../attachments/components/AttachmentUploader';

/** The request's documents: uploaded as soon as chosen, attached when the request is saved. */
export function RequestAttachmentFields() {
  const { t } = useTranslation();
  const form = Form.useFormInstance();
  // Saving while a file is on its way would leave it out without a word.
  const uploading = useRef(false);
  const arrived: FormRule = {
    validator: () => (uploading.current ? Promise.reject(new Error(t('attachments.stillUploading'))) : Promise.resolve()),
  };

  return (
    <Card title={t('attachments.title')} extra={t('financing.requests.form.attachmentsHint')} style={{ marginBottom: 24 }}>
      <Form.Item name="attachments" rules={[arrived]} style={{ marginBottom: 0 }}>
        <AttachmentUploader
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
