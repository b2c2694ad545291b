import type { InviteUserRequest } from '@alliance/contracts';
import { LOCALES, ORG_ROLES } from '@alliance/contracts';
import { App, Form, Input, Modal, Radio, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../../components/ApiErrorAlert';
import { canAcrossOrganizations, useAbility } from '../../../lib/ability';
import { isApiError } from '../../../lib/apiClient';
import { currentLocale } from '../../../lib/i18n';
import { applyApiFieldErrors } from '../../../lib/forms';
import { OrganizationSelect } from '../../organizations/components/OrganizationSelect';
import { useInviteUser } from '../api';

interface Props {
  /** Invite into this organization (the organization's page); otherwise the secretariat picks one. */
  organizationId?: string;
  onClose: () => void;
}

const LANGUAGE_NAMES = { en: 'English', zh: '中文' } as const;

/** Org admins invite into their own organization; the secretariat into any. */
export function InviteUserModal({ organizationId, onClose }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const ability = useAbility();
  const [form] = Form.useForm<InviteUserRequest>();
  const invite = useInviteUser();
  const pickOrganization = !organizationId && canAcrossOrganizations(ability, 'invite', 'User');

  const submit = (values: InviteUserRequest) =>
    invite.mutate(
      {
        email: values.email.trim(),
        displayName: values.displayName.trim(),
        orgRole: values.orgRole,
        locale: values.locale,
        ...(organizationId || values.organizationId ? { organizationId: organizationId ?? values.organizationId } : {}),
      },
      {
        onSuccess: () => {
          void message.success(t('users.invite.sent', { email: values.email.trim() }));
          onClose();
        },
        onError: (error) => {
          if (isApiError(error) && error.code === 'EMAIL_TAKEN') {
            form.setFields([{ name: 'email', errors: [t('errors.EMAIL_TAKEN')] }]);
          } else {
            applyApiFieldErrors(form, error, t);
          }
        },
      },
    );

  return (
    <Modal
      open
      title={t('users.invite.title')}
      okText={t('users.invite.submit')}
      cancelText={t('common.cancel')}
      okButtonProps={{ loading: invite.isPending }}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <ApiErrorAlert error={invite.error} />
      <Form
        form={form}
        name="invite-user"
        layout="vertical"
        onFinish={submit}
        initialValues={{ orgRole: 'member', locale: currentLocale() }}
      >
        {pickOrganization ? (
          <Form.Item
            name="organizationId"
            label={t('users.fields.organization')}
            rules={[{ required: true, message: t('validation.required') }]}
          >
            <OrganizationSelect />
          </Form.Item>
        ) : null}
        <Form.Item
          name="email"
          label={t('users.fields.email')}
          rules={[
            { required: true, message: t('validation.required') },
            { type: 'email', message: t('validation.isEmail') },
          ]}
        >
          <Input type="email" autoComplete="off" maxLength={254} />
        </Form.Item>
        <Form.Item
          name="displayName"
          label={t('users.fields.name')}
          rules={[{ required: true, whitespace: true, message: t('validation.required') }]}
        >
          <Input maxLength={120} />
        </Form.Item>
        <Form.Item name="orgRole" label={t('users.fields.role')}>
          <Radio.Group
            optionType="button"
            options={ORG_ROLES.map((role) => ({ value: role, label: t(`enums.orgRole.${role}`) }))}
          />
        </Form.Item>
        <Form.Item name="locale" label={t('users.invite.language')} extra={t('users.invite.languageHint')}>
          <Select options={LOCALES.map((locale) => ({ value: locale, label: LANGUAGE_NAMES[locale] }))} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
