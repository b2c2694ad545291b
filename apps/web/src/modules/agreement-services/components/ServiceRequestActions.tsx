import { SERVICE_LIMITS, type ServiceRequestDto } from '@alliance/contracts';
import { App, Button, Flex, Form, Input, Modal, Popconfirm } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../../components/ApiErrorAlert';
import { applyApiFieldErrors } from '../../../lib/forms';
import { useDeclineRequest, useProviderStep, type ProviderStep } from '../api';

/** The provider's steps the request allows now (accept, deliver, decline with a reason): exactly its `actions`. */
export function ServiceRequestActions({ request }: { request: ServiceRequestDto }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const step = useProviderStep(request.id);
  const decline = useDeclineRequest(request.id);
  const [declining, setDeclining] = useState(false);
  const [form] = Form.useForm<{ reason: string }>();

  const take = (name: ProviderStep) =>
    step.mutate(
      { step: name, version: request.version },
      { onSuccess: () => void message.success(t(`agreementServices.actions.${name}Done`)) },
    );

  const steps = (['accept', 'deliver'] as const).filter((a) => request.actions.includes(a));
  if (steps.length === 0 && !request.actions.includes('decline')) return null;
  return (
    <Flex gap={8} wrap>
      <ApiErrorAlert error={step.error} />
      {steps.map((name) => (
        <Popconfirm
          key={name}
          title={t(`agreementServices.actions.${name}Confirm`)}
          okText={t(`agreementServices.actions.${name}`)}
          cancelText={t('common.cancel')}
          onConfirm={() => take(name)}
          okButtonProps={{ ...{ 'data-testid': `confirm-${name}` } }}
        >
          <Button type="primary" loading={step.isPending} data-testid={`request-${name}`}>
            {t(`agreementServices.actions.${name}`)}
          </Button>
        </Popconfirm>
      ))}
      {request.actions.includes('decline') ? (
        <Button danger onClick={() => setDeclining(true)} data-testid="request-decline">
          {t('agreementServices.actions.decline')}
        </Button>
      ) : null}
      {declining ? (
        <Modal
          open
          title={t('agreementServices.actions.declineTitle')}
          okText={t('agreementServices.actions.decline')}
          cancelText={t('common.cancel')}
          okButtonProps={{ danger: true, ...{ 'data-testid': 'decline-submit' } }}
          confirmLoading={decline.isPending}
          onOk={() => form.submit()}
          onCancel={() => setDeclining(false)}
          destroyOnHidden
        >
          <Form
            form={form}
            name="decline-service-request"
            layout="vertical"
            onFinish={({ reason }) =>
              decline.mutate(
                { reason: reason.trim(), version: request.version },
                {
                  onSuccess: () => {
                    setDeclining(false);
                    void message.success(t('agreementServices.actions.declineDone'));
                  },
                  onError: (error) => applyApiFieldErrors(form, error, t),
                },
              )
            }
          >
            <ApiErrorAlert error={decline.error} />
            <Form.Item
              name="reason"
              label={t('agreementServices.actions.reason')}
              rules={[
                { required: true, whitespace: true, message: t('agreementServices.actions.reasonRequired') },
                { max: SERVICE_LIMITS.reasonLength, message: t('validation.maxLength') },
              ]}
            >
              <Input.TextArea rows={3} data-testid="decline-reason" />
            </Form.Item>
          </Form>
        </Modal>
      ) : null}
    </Flex>
  );
}
