import { SERVICE_LIMITS } from '@alliance/contracts';
import { App, Button, Form, Input, Rate } from 'antd';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../../components/ApiErrorAlert';
import { applyApiFieldErrors } from '../../../lib/forms';
import { useRateRequest } from '../api';

/** The member rates a delivered request, once: 1 to 5 stars and an optional comment. */
export function RateServiceForm({ requestId }: { requestId: string }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const rate = useRateRequest(requestId);
  const [form] = Form.useForm<{ rating: number; comment?: string }>();
  return (
    <Form
      form={form}
      name="rate-service"
      layout="vertical"
      data-testid="rate-form"
      onFinish={({ rating, comment }) =>
        rate.mutate(
          { rating, comment: comment?.trim() || null },
          {
            onSuccess: () => void message.success(t('agreementServices.rating.sent')),
            onError: (error) => applyApiFieldErrors(form, error, t),
          },
        )
      }
    >
      <ApiErrorAlert error={rate.error} />
      <Form.Item
        name="rating"
        label={t('agreementServices.rating.label')}
        rules={[{ required: true, message: t('agreementServices.rating.required') }]}
      >
        <Rate aria-label={t('agreementServices.rating.label')} data-testid="rate-stars" />
      </Form.Item>
      <Form.Item
        name="comment"
        label={t('agreementServices.rating.comment')}
        rules={[{ max: SERVICE_LIMITS.commentLength, message: t('validation.maxLength') }]}
      >
        <Input.TextArea rows={2} data-testid="rate-comment" />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={rate.isPending} data-testid="rate-submit">
        {t('agreementServices.rating.submit')}
      </Button>
    </Form>
  );
}
