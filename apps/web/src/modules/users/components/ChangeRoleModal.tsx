import type { OrgRole } from '@alliance/contracts';
import { ORG_ROLES } from '@alliance/contracts';
import { App, Form, Modal, Radio } from 'antd';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../../components/ApiErrorAlert';
import { useChangeRole, type UserListItem } from '../api';

export function ChangeRoleModal({ user, onClose }: { user: UserListItem; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ orgRole: OrgRole }>();
  const change = useChangeRole();

  const submit = ({ orgRole }: { orgRole: OrgRole }) => {
    if (orgRole === user.orgRole) return onClose();
    change.mutate(
      { id: user.id, body: { orgRole } },
      {
        onSuccess: () => {
          void message.success(t('users.actions.roleChanged'));
          onClose();
        },
      },
    );
  };

  return (
    <Modal
      open
      title={t('users.actions.changeRoleTitle', { name: user.displayName })}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      okButtonProps={{ loading: change.isPending }}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <ApiErrorAlert error={change.error} />
      <Form
        form={form}
        name="change-role"
        layout="vertical"
        initialValues={{ orgRole: user.orgRole }}
        onFinish={submit}
      >
        <Form.Item name="orgRole" label={t('users.fields.role')}>
          <Radio.Group
            optionType="button"
            options={ORG_ROLES.map((role) => ({ value: role, label: t(`enums.orgRole.${role}`) }))}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
