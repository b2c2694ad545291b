import { FINANCING_LIMITS } from '@alliance/contracts';
import { QuestionCircleOutlined } from '@ant-design/icons';
import { App, Button, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { applyApiFieldErrors } from '../../../../lib/forms';
import { CommandError, type ReviewCommandMutation } from './CommandError';

/** A question to the requester: the review waits for the answer, which brings it back to review. */
export function AskQuestion({ version, command }: { version: number; command: ReviewCommandMutation }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ body: string }>();

  const submit = ({ body }: { body: string }) =>
    command.mutate(
      { action: 'request-info', body: { body: body.trim(), version } },
      {
        onSuccess: () => {
          form.resetFields();
          void message.success(t('financing.reviews.ask.done'));
        },
        onError: (error) => applyApiFieldErrors(form, error, t),
      },
    );

  return (
    <Form
      form={form}
      name="ask-question"
      layout="vertical"
      onFinish={submit}
      initialValues={{ body: '' }}
      disabled={command.isPending}
      data-testid="ask-question"
    >
      <CommandError command={command} action="request-info" />
      <Form.Item
        name="body"
        label={t('financing.reviews.ask.label')}
        extra={t('financing.reviews.ask.hint')}
        rules={[
          { required: true, whitespace: true, message: t('financing.reviews.ask.required') },
          { max: FINANCING_LIMITS.messageLength, message: t('validation.maxLength') },
        ]}
      >
        <Input.TextArea rows={3} maxLength={FINANCING_LIMITS.messageLength} showCount data-testid="question-body" />
      </Form.Item>
      <Button
        htmlType="submit"
        icon={<QuestionCircleOutlined />}
        loading={command.isPending && command.variables?.action === 'request-info'}
        data-testid="ask-question-submit"
      >
        {t('financing.reviews.ask.submit')}
      </Button>
    </Form>
  );
}
