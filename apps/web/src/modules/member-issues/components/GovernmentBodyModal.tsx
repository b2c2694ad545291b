import { MEMBER_ISSUE_LIMITS, type GovernmentBodyDto } from '@alliance/contracts';
import { App, Form, Input, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../../components/ApiErrorAlert';
import { applyApiFieldErrors } from '../../../lib/forms';
import { useSaveGovernmentBody } from '../api';
import { hasEitherLanguage } from '../issueForm';

interface Values {
  nameZh: string;
  nameEn: string;
}

/** Adds a government body, or renames one (both names; one at least). */
export function GovernmentBodyModal({ body, onClose }: { body: GovernmentBodyDto | null; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const save = useSaveGovernmentBody();

  const onFinish = (values: Values) =>
    save.mutate(
      { id: body?.id, body: { nameEn: values.nameEn.trim() || null, nameZh: values.nameZh.trim() || null } },
      {
        onSuccess: () => {
          void message.success(t('memberIssues.bodies.saved'));
          onClose();
        },
        onError: (error) => applyApiFieldErrors(form, error, t),
      },
    );

  return (
    <Modal
      open
      title={t(body ? 'memberIssues.bodies.editTitle' : 'memberIssues.bodies.addTitle')}
      okText={t('common.save')}
      okButtonProps={{ loading: save.isPending, 'data-testid': 'body-save' }}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
      data-testid="body-modal"
    >
      <ApiErrorAlert error={save.error} />
      <Form<Values>
        form={form}
        name="government-body"
        layout="vertical"
        initialValues={{ nameZh: body?.nameZh ?? '', nameEn: body?.nameEn ?? '' }}
        onFinish={onFinish}
      >
        <Form.Item
          name="nameZh"
          label={t('memberIssues.bodies.nameZh')}
          dependencies={['nameEn']}
          rules={[
            ({ getFieldValue }) => ({
              validator: () =>
                hasEitherLanguage(getFieldValue('nameEn'), getFieldValue('nameZh'))
                  ? Promise.resolve()
                  : Promise.reject(new Error(t('memberIssues.bodies.nameRequired'))),
            }),
          ]}
        >
          <Input lang="zh-CN" maxLength={MEMBER_ISSUE_LIMITS.bodyNameLength} data-testid="body-name-zh" />
        </Form.Item>
        <Form.Item name="nameEn" label={t('memberIssues.bodies.nameEn')}>
          <Input lang="en" maxLength={MEMBER_ISSUE_LIMITS.bodyNameLength} data-testid="body-name-en" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
