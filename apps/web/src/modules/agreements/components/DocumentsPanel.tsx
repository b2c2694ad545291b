import {
  AGREEMENT_LIMITS,
  htmlLang,
  pickTitle,
  readerLanguage,
  type AgreementDocumentDto,
  type AgreementDto,
  type AttachmentDto,
} from '@alliance/contracts';
import { CloudUploadOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Empty, Flex, Form, Input, List, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../../components/ApiErrorAlert';
import { applyApiFieldErrors } from '../../../lib/forms';
import { formatDate } from '../../../lib/names';
import { AttachmentUploader } from '../../attachments/components/AttachmentUploader';
import { useAddDocument, useAddDocumentVersion, useDocuments } from '../api';

/** The agreement's documents, for its parties: each PDF with every version uploaded, newest first. */
export function DocumentsPanel({ agreement }: { agreement: AgreementDto }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage;
  const reader = readerLanguage(language);
  const list = useDocuments(agreement.id, agreement.party);
  const files = agreement.actions.includes('addDocument');
  const [uploading, setUploading] = useState<{ document?: AgreementDocumentDto } | null>(null);

  return (
    <Card
      title={t('agreements.documents.title')}
      extra={
        files ? (
          <Button icon={<PlusOutlined />} onClick={() => setUploading({})} data-testid="add-document">
            {t('agreements.documents.add')}
          </Button>
        ) : null
      }
      data-testid="documents-panel"
    >
      <ApiErrorAlert error={list.error} />
      {list.data && list.data.length === 0 ? <Empty description={t('agreements.documents.empty')} /> : null}
      <Flex vertical gap={16}>
        {(list.data ?? []).map((doc) => {
          const title = pickTitle(doc, reader);
          return (
            <div key={doc.id} data-testid="agreement-document">
              <Flex justify="space-between" align="center" gap={8} wrap>
                <Typography.Text strong lang={htmlLang(title.language)}>
                  {title.text}
                </Typography.Text>
                {files ? (
                  <Button
                    size="small"
                    icon={<CloudUploadOutlined />}
                    onClick={() => setUploading({ document: doc })}
                    data-testid="add-version"
                  >
                    {t('agreements.documents.newVersion')}
                  </Button>
                ) : null}
              </Flex>
              <List
                size="small"
                dataSource={doc.versions}
                renderItem={(version) => (
                  <List.Item key={version.id} data-testid="document-version">
                    <Flex gap={8} wrap>
                      <Typography.Text type="secondary">
                        {t('agreements.documents.version', { number: version.version })}
                      </Typography.Text>
                      <a href={version.url} download rel="noopener">
                        {version.fileName}
                      </a>
                      <Typography.Text type="secondary">{formatDate(version.createdAt, language)}</Typography.Text>
                    </Flex>
                  </List.Item>
                )}
              />
            </div>
          );
        })}
      </Flex>
      {uploading ? (
        <UploadModal agreement={agreement} document={uploading.document} onClose={() => setUploading(null)} />
      ) : null}
    </Card>
  );
}

interface UploadValues {
  titleEn?: string;
  titleZh?: string;
  files: AttachmentDto[];
}

/** A new document with its first version, or the next version of one: a PDF uploaded first, then filed. */
function UploadModal({
  agreement,
  document,
  onClose,
}: {
  agreement: AgreementDto;
  document?: AgreementDocumentDto;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<UploadValues>();
  const add = useAddDocument();
  const version = useAddDocumentVersion();
  const [busy, setBusy] = useState(false);
  const saving = add.isPending || version.isPending;
  const done = () => {
    void message.success(t(document ? 'agreements.documents.versionAdded' : 'agreements.documents.added'));
    onClose();
  };
  const submit = (values: UploadValues) => {
    const attachmentId = values.files.at(-1)?.id;
    if (!attachmentId) return;
    const onError = (error: unknown) => applyApiFieldErrors(form, error, t);
    if (document) version.mutate({ documentId: document.id, body: { attachmentId } }, { onSuccess: done, onError });
    else
      add.mutate(
        {
          agreementId: agreement.id,
          body: { titleEn: values.titleEn?.trim() || null, titleZh: values.titleZh?.trim() || null, attachmentId },
        },
        { onSuccess: done, onError },
      );
  };
  const max = { max: AGREEMENT_LIMITS.documentTitleLength, message: t('validation.maxLength') };
  return (
    <Modal
      open
      title={t(document ? 'agreements.documents.newVersion' : 'agreements.documents.add')}
      okText={t('agreements.documents.save')}
      okButtonProps={{ loading: saving, disabled: busy, ...{ 'data-testid': 'confirm-document' } }}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <ApiErrorAlert error={add.error ?? version.error} />
      <Form<UploadValues>
        form={form}
        name="agreement-document"
        layout="vertical"
        onFinish={submit}
        initialValues={{ files: [] }}
      >
        {document ? null : (
          <>
            <Form.Item name="titleEn" label={t('agreements.fields.title.en')} rules={[max]}>
              <Input lang="en" data-testid="document-title-en" />
            </Form.Item>
            <Form.Item name="titleZh" label={t('agreements.fields.title.zh')} rules={[max]}>
              <Input lang="zh-CN" data-testid="document-title-zh" />
            </Form.Item>
          </>
        )}
        <Form.Item
          name="files"
          label={t('agreements.documents.file')}
          rules={[{ type: 'array', min: 1, message: t('agreements.documents.fileRequired') }]}
        >
          <AttachmentUploader accept=".pdf" hint={t('agreements.documents.pdfOnly')} onUploadingChange={setBusy} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
