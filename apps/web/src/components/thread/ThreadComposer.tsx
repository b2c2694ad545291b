import { SendOutlined } from '@ant-design/icons';
import type { UseMutationResult } from '@tanstack/react-query';
import { App, Button, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { applyApiFieldErrors } from '../../lib/forms';
import { ApiErrorAlert } from '../ApiErrorAlert';

interface Props {
  /** The form's name (its fields' ids). */
  name: string;
  maxLength: number;
  /** The mutation that posts `{ body }` to the record's thread. */
  send: UseMutationResult<unknown, Error, { body: string }>;
  /** The i18n keys' prefix holding `label`, `required`, `send` and `sent` (e.g. `cooperation.thread`). */
  keys: string;
}

/** A new message to a private thread: one required text, trimmed, with its count; cleared once sent. */
export function ThreadComposer({ name, maxLength, send, keys }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ body: string }>();

  const submit = ({ body }: { body: string }) =>
    send.mutate(
      { body: body.trim() },
      {
        onSuccess: () => {
          form.resetFields();
          void message.success(t(`${keys}.sent`));
        },
        onError: (error) => applyApiFieldErrors(form, error, t),
      },
    );

  return (
    <Form
      form={form}
      name={name}
      layout="vertical"
      onFinish={submit}
      initialValues={{ body: '' }}
      disabled={send.isPending}
      data-testid="thread-composer"
    >
      <ApiErrorAlert error={send.error} />
      <Form.Item
        name="body"
        label={t(`${keys}.label`)}
        rules={[
          { required: true, whitespace: true, message: t(`${keys}.required`) },
          { max: maxLength, message: t('validation.maxLength') },
        ]}
      >
        <Input.TextArea rows={3} maxLength={maxLength} showCount data-testid="thread-body" />
      </Form.Item>
      <Button
        type="primary"
        htmlType="submit"
        icon={<SendOutlined />}
        loading={send.isPending}
        data-testid="thread-send"
      >
        {t(`${keys}.send`)}
      </Button>
    </Form>
  );
}
