import { SERVICE_LIMITS, type ServiceRequestDto, type ServiceRequestMessageDto } from '@alliance/contracts';
import { SendOutlined } from '@ant-design/icons';
import { App, Button, Empty, Flex, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../../components/ApiErrorAlert';
import { MessageThread } from '../../../components/thread/MessageThread';
import { applyApiFieldErrors } from '../../../lib/forms';
import { pickName } from '../../../lib/names';
import { useSendServiceMessage } from '../api';

/** The private thread of the member and the provider, oldest first, and a new message while it is open. */
export function ServiceThread({
  request,
  mine,
}: {
  request: ServiceRequestDto & { messages: ServiceRequestMessageDto[] };
  mine: ServiceRequestMessageDto['side'];
}) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage;
  const { message } = App.useApp();
  const [form] = Form.useForm<{ body: string }>();
  const send = useSendServiceMessage(request.id);
  return (
    <Flex vertical gap={16}>
      {request.messages.length === 0 ? (
        <Empty
          image={Empty.PRESENTED_IMAGE_SIMPLE}
          description={t('agreementServices.thread.empty')}
          style={{ margin: 0 }}
        />
      ) : (
        <MessageThread
          messages={request.messages}
          mine={mine}
          kind={(m) => pickName(m.side === 'provider' ? request.provider : request.organization, language)}
          author={(m) => m.authorName ?? t('agreementServices.thread.someone')}
          messageTestId={() => 'thread-message'}
          data-testid="thread"
        />
      )}
      {request.actions.includes('message') ? (
        <Form
          form={form}
          name="service-message"
          layout="vertical"
          disabled={send.isPending}
          data-testid="thread-composer"
          onFinish={({ body }) =>
            send.mutate(
              { body: body.trim() },
              {
                onSuccess: () => {
                  form.resetFields();
                  void message.success(t('agreementServices.thread.sent'));
                },
                onError: (error) => applyApiFieldErrors(form, error, t),
              },
            )
          }
        >
          <ApiErrorAlert error={send.error} />
          <Form.Item
            name="body"
            label={t('agreementServices.thread.label')}
            rules={[
              { required: true, whitespace: true, message: t('agreementServices.thread.required') },
              { max: SERVICE_LIMITS.messageLength, message: t('validation.maxLength') },
            ]}
          >
            <Input.TextArea rows={3} data-testid="thread-body" />
          </Form.Item>
          <Button
            type="primary"
            htmlType="submit"
            icon={<SendOutlined />}
            loading={send.isPending}
            data-testid="thread-send"
          >
            {t('agreementServices.thread.send')}
          </Button>
        </Form>
      ) : null}
    </Flex>
  );
}
