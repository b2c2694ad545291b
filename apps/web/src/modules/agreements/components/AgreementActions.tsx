import { AGREEMENT_LIMITS, type AgreementDto } from '@alliance/contracts';
import { CheckCircleOutlined, EditOutlined, FormOutlined, PlayCircleOutlined, StopOutlined } from '@ant-design/icons';
import { App, Button, DatePicker, Form, Input, Modal, Popconfirm, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../../components/ApiErrorAlert';
import { ButtonLink } from '../../../components/ButtonLink';
import { useErrorToast } from '../../../components/useErrorToast';
import { applyApiFieldErrors, keepEnterInPicker } from '../../../lib/forms';
import { useAgreementCommand } from '../api';

/** The secretariat's steps on an agreement: exactly those its status allows (`actions`). */
export function AgreementActions({ agreement }: { agreement: AgreementDto }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const toast = useErrorToast();
  const command = useAgreementCommand();
  const [open, setOpen] = useState<'sign' | 'terminate' | null>(null);
  const can = (action: string) => agreement.actions.includes(action as never);
  const step = (action: 'negotiate' | 'activate') =>
    command.mutate(
      { id: agreement.id, command: { action, body: { version: agreement.version } } },
      { onSuccess: () => void message.success(t(`agreements.actions.${action}.done`)), onError: toast },
    );

  return (
    <>
      {can('update') ? (
        <ButtonLink to={`/agreements/${agreement.id}/edit`} icon={<EditOutlined />} data-testid="agreement-edit">
          {t('agreements.actions.edit')}
        </ButtonLink>
      ) : null}
      {can('negotiate') ? (
        <Button
          icon={<FormOutlined />}
          onClick={() => step('negotiate')}
          loading={command.isPending}
          data-testid="agreement-negotiate"
        >
          {t('agreements.actions.negotiate.button')}
        </Button>
      ) : null}
      {can('sign') ? (
        <Button icon={<CheckCircleOutlined />} onClick={() => setOpen('sign')} data-testid="agreement-sign">
          {t('agreements.actions.sign.button')}
        </Button>
      ) : null}
      {can('activate') ? (
        <Popconfirm
          title={t('agreements.actions.activate.confirm')}
          okText={t('agreements.actions.activate.button')}
          cancelText={t('common.cancel')}
          onConfirm={() => step('activate')}
          okButtonProps={{ ...{ 'data-testid': 'confirm-activate' } }}
        >
          <Button
            type="primary"
            icon={<PlayCircleOutlined />}
            loading={command.isPending}
            data-testid="agreement-activate"
          >
            {t('agreements.actions.activate.button')}
          </Button>
        </Popconfirm>
      ) : null}
      {can('terminate') ? (
        <Button danger icon={<StopOutlined />} onClick={() => setOpen('terminate')} data-testid="agreement-terminate">
          {t('agreements.actions.terminate.button')}
        </Button>
      ) : null}
      {open === 'sign' ? <SignModal agreement={agreement} onClose={() => setOpen(null)} /> : null}
      {open === 'terminate' ? <TerminateModal agreement={agreement} onClose={() => setOpen(null)} /> : null}
    </>
  );
}

interface ModalProps {
  agreement: AgreementDto;
  onClose: () => void;
}

/** Records the signature: its date (the agreement's, or today), from which it takes effect unless it says otherwise. */
function SignModal({ agreement, onClose }: ModalProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ signedOn: Dayjs }>();
  const command = useAgreementCommand();
  const submit = ({ signedOn }: { signedOn: Dayjs }) =>
    command.mutate(
      {
        id: agreement.id,
        command: { action: 'sign', body: { signedOn: signedOn.format('YYYY-MM-DD'), version: agreement.version } },
      },
      {
        onSuccess: () => {
          void message.success(t('agreements.actions.sign.done'));
          onClose();
        },
        onError: (error) => applyApiFieldErrors(form, error, t),
      },
    );
  return (
    <Modal
      open
      title={t('agreements.actions.sign.title')}
      okText={t('agreements.actions.sign.button')}
      okButtonProps={{ loading: command.isPending, ...{ 'data-testid': 'confirm-sign' } }}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">{t('agreements.actions.sign.explain')}</Typography.Paragraph>
      <ApiErrorAlert error={command.error} />
      <Form
        form={form}
        name="agreement-sign"
        layout="vertical"
        onFinish={submit}
        initialValues={{ signedOn: agreement.signedOn ? dayjs(agreement.signedOn) : dayjs() }}
      >
        <Form.Item
          name="signedOn"
          label={t('agreements.fields.signedOn')}
          rules={[{ required: true, message: t('errors.agreements.AGREEMENT_SIGNED_ON_REQUIRED') }]}
        >
          <DatePicker style={{ width: '100%' }} onKeyDown={keepEnterInPicker} data-testid="sign-date" />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function TerminateModal({ agreement, onClose }: ModalProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ reason: string }>();
  const command = useAgreementCommand();
  const submit = ({ reason }: { reason: string }) =>
    command.mutate(
      {
        id: agreement.id,
        command: { action: 'terminate', body: { reason: reason.trim(), version: agreement.version } },
      },
      {
        onSuccess: () => {
          void message.success(t('agreements.actions.terminate.done'));
          onClose();
        },
        onError: (error) => applyApiFieldErrors(form, error, t),
      },
    );
  return (
    <Modal
      open
      title={t('agreements.actions.terminate.title')}
      okText={t('agreements.actions.terminate.button')}
      okButtonProps={{ danger: true, loading: command.isPending, ...{ 'data-testid': 'confirm-terminate' } }}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <ApiErrorAlert error={command.error} />
      <Form form={form} name="agreement-terminate" layout="vertical" onFinish={submit} initialValues={{ reason: '' }}>
        <Form.Item
          name="reason"
          label={t('agreements.fields.terminationReason')}
          rules={[
            { required: true, whitespace: true, message: t('errors.agreements.AGREEMENT_TERMINATION_REASON_REQUIRED') },
            { max: AGREEMENT_LIMITS.reasonLength, message: t('validation.maxLength') },
          ]}
        >
          <Input.TextArea rows={4} maxLength={AGREEMENT_LIMITS.reasonLength} showCount data-testid="terminate-reason" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
