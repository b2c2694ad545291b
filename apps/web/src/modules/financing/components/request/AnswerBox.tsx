import { FINANCING_LIMITS, type FinancingReviewDto } from '@alliance/contracts';
import { SendOutlined } from '@ant-design/icons';
import { App, Button, Flex, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../../../components/ApiErrorAlert';
import { applyApiFieldErrors } from '../../../../lib/forms';
import { useAnswer } from '../../api';

/** The requester answers the institution's open question; the review goes back to the institution. */
export function AnswerBox({ review }: { review: FinancingReviewDto }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ body: string }>();
  const answer = useAnswer(review.requestId);

  const send = ({ body }: { body: string }) =>
    answer.mutate(
      { reviewId: review.id, body: body.trim(), version: review.version },
      {
        onSuccess: () => {
          form.resetFields();
          void message.success(t('financing.requests.thread.sent'));
        },
        onError: (error) => applyApiFieldErrors(form, error, t),
      },
    );

  return (
    <Form
      form={form}
      name={`answer-${review.id}`}
      layout="vertical"
      requiredMark={false}
      onFinish={send}
      disabled={answer.isPending}
      data-testid="answer-box"
    >
      <ApiErrorAlert error={answer.error} />
      <Form.Item
        name="body"
        label={t('financing.requests.thread.answerLabel')}
        rules={[
          { required: true, whitespace: true, message: t('financing.requests.thread.answerRequired') },
          { max: FINANCING_LIMITS.messageLength, message: t('validation.maxLength') },
        ]}
        // Room for the character count under the box.
        style={{ marginBottom: 28 }}
      >
        <Input.TextArea
          autoSize={{ minRows: 3, maxRows: 10 }}
          maxLength={FINANCING_LIMITS.messageLength}
          showCount
          data-testid="answer-body"
        />
      </Form.Item>
      <Flex justify="flex-end">
        <Button
          type="primary"
          htmlType="submit"
          icon={<SendOutlined />}
          loading={answer.isPending}
          data-testid="answer-send"
        >
          {t('financing.requests.thread.send')}
        </Button>
      </Flex>
    </Form>
  );
}
