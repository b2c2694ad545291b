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
  /** The domain's words, translated: the box's label, the message when empty, the button, the toast once sent. */
  labels: { label: string; required: string; send: string; sent: string };
}

/** A new message to a private thread: one required text, trimmed, with its count; cleared once sent. */
export function ThreadComposer({ name, maxLength, send, labels }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ body: string }>();

  const submit = ({ body }: { body: string }) =>
    send.mutate(
      { body: body.trim() },
      {
        onSuccess: () => {
          form.resetFields();
          void message.success(labels.sent);
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
        label={labels.label}
        rules={[
          { required: true, whitespace: true, message: labels.required },
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
        {labels.send}
      </Button>
    </Form>
  );
}
