import type { Locale, MeResponse } from '@alliance/contracts';
import { LOCALES } from '@alliance/contracts';
import { App, Button, Card, Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../../components/ApiErrorAlert';
import { applyApiFieldErrors } from '../../../lib/forms';
import { useUpdateMe } from '../api';

interface Values {
  displayName: string;
  locale: Locale;
}

const LANGUAGE_NAMES: Record<Locale, string> = { en: 'English', zh: '中文' };

export function ProfileForm({ me }: { me: MeResponse }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const update = useUpdateMe();

  const submit = (values: Values) =>
    update.mutate(
      { displayName: values.displayName.trim(), locale: values.locale },
      {
        // The saved language applies at once (useUserLocale follows the account).
        onSuccess: () => void message.success(t('account.profile.saved')),
        onError: (error) => applyApiFieldErrors(form, error, t),
      },
    );

  return (
    <Card title={t('account.profile.title')}>
      <ApiErrorAlert error={update.error} />
      <Form
        form={form}
        name="profile"
        layout="vertical"
        initialValues={{ displayName: me.user.displayName, locale: me.user.locale }}
        onFinish={submit}
        disabled={update.isPending}
      >
        <Form.Item
          name="displayName"
          label={t('account.profile.displayName')}
          rules={[
            { required: true, whitespace: true, message: t('validation.required') },
            { max: 120, message: t('validation.maxLength') },
          ]}
        >
          <Input autoComplete="name" maxLength={120} />
        </Form.Item>
        <Form.Item name="locale" label={t('account.profile.language')}>
          <Select options={LOCALES.map((locale) => ({ value: locale, label: LANGUAGE_NAMES[locale] }))} />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={update.isPending}>
          {t('common.save')}
        </Button>
      </Form>
    </Card>
  );
}
