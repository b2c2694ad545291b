import { COOPERATION_LIMITS, type ExpressionDto, type ExpressionMessageDto } from '@alliance/contracts';
import { SendOutlined } from '@ant-design/icons';
import { App, Button, Empty, Flex, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../../components/ApiErrorAlert';
import { MessageThread } from '../../../components/thread/MessageThread';
import { applyApiFieldErrors } from '../../../lib/forms';
import { pickName } from '../../../lib/names';
import { useSendMessage } from '../api';

interface Props {
  expression: ExpressionDto;
  mine: ExpressionMessageDto['side'];
}

/** The two organizations' private thread, oldest first, and a new message when the reader may write. */
export function ExpressionThread({ expression, mine }: Props) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage;
  const { message } = App.useApp();
  const [form] = Form.useForm<{ body: string }>();
  const send = useSendMessage(expression.id);
  const sideName = (side: ExpressionMessageDto['side']) =>
    pickName(side === 'owner' ? expression.projectOrganization : expression.organization, language);

  const submit = ({ body }: { body: string }) =>
    send.mutate(
      { body: body.trim() },
      {
        onSuccess: () => {
          form.resetFields();
          void message.success(t('cooperation.thread.sent'));
        },
        onError: (error) => applyApiFieldErrors(form, error, t),
      },
    );

  return (
    <Flex vertical gap={16}>
      {expression.messages.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('cooperation.thread.empty')} style={{ margin: 0 }} />
      ) : (
        <MessageThread
          messages={expression.messages}
          mine={mine}
          kind={(item) => sideName(item.side)}
          author={(item) => item.authorName ?? t('cooperation.thread.someone')}
          messageTestId={() => 'thread-message'}
          data-testid="thread"
        />
      )}
      {expression.actions.includes('message') ? (
        <Form
          form={form}
          name="expression-message"
          layout="vertical"
          onFinish={submit}
          initialValues={{ body: '' }}
          disabled={send.isPending}
          data-testid="thread-composer"
        >
          <ApiErrorAlert error={send.error} />
          <Form.Item
            name="body"
            label={t('cooperation.thread.label')}
            rules={[
              { required: true, whitespace: true, message: t('cooperation.thread.required') },
              { max: COOPERATION_LIMITS.messageLength, message: t('validation.maxLength') },
            ]}
          >
            <Input.TextArea rows={3} maxLength={COOPERATION_LIMITS.messageLength} showCount data-testid="thread-body" />
          </Form.Item>
          <Button
            type="primary"
            htmlType="submit"
            icon={<SendOutlined />}
            loading={send.isPending}
            data-testid="thread-send"
          >
            {t('cooperation.thread.send')}
          </Button>
        </Form>
      ) : null}
    </Flex>
  );
}
