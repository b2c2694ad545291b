import { COOPERATION_LIMITS, COOPERATION_OWNER_CLOSE_OUTCOMES, type CooperationProjectDto } from '@alliance/contracts';
import { App, Form, Input, Modal, Radio, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ApiErrorAlert } from '../../../components/ApiErrorAlert';
import { applyApiFieldErrors } from '../../../lib/forms';
import { useExpressInterest, useProjectCommand } from '../api';

interface Props {
  project: CooperationProjectDto;
  onClose: () => void;
}

/** The secretariat sends a project back to its owner, saying why (the owner reads it on the draft). */
export function ReturnProjectModal({ project, onClose }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ reason: string }>();
  const command = useProjectCommand();
  const submit = ({ reason }: { reason: string }) =>
    command.mutate(
      { id: project.id, command: { action: 'return', body: { reason: reason.trim(), version: project.version } } },
      {
        onSuccess: () => {
          void message.success(t('cooperation.actions.return.done'));
          onClose();
        },
        onError: (error) => applyApiFieldErrors(form, error, t),
      },
    );
  return (
    <Modal
      open
      title={t('cooperation.actions.return.title')}
      okText={t('cooperation.actions.return.ok')}
      okButtonProps={{ danger: true, loading: command.isPending, ...{ 'data-testid': 'confirm-return' } }}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">{t('cooperation.actions.return.explain')}</Typography.Paragraph>
      <ApiErrorAlert error={command.error} />
      <Form form={form} name="project-return" layout="vertical" onFinish={submit} initialValues={{ reason: '' }}>
        <Form.Item
          name="reason"
          label={t('cooperation.fields.reason')}
          rules={[
            { required: true, whitespace: true, message: t('errors.cooperation.PROJECT_RETURN_REASON_REQUIRED') },
            { max: COOPERATION_LIMITS.reasonLength, message: t('validation.maxLength') },
          ]}
        >
          <Input.TextArea rows={4} maxLength={COOPERATION_LIMITS.reasonLength} showCount data-testid="return-reason" />
        </Form.Item>
      </Form>
    </Modal>
  );
}

type CloseValues = { outcome: (typeof COOPERATION_OWNER_CLOSE_OUTCOMES)[number]; reason: string };

/** The owner closes the project: concluded or withdrawn, and why (open expressions lapse). */
export function CloseProjectModal({ project, onClose }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<CloseValues>();
  const command = useProjectCommand();
  const submit = ({ outcome, reason }: CloseValues) =>
    command.mutate(
      {
        id: project.id,
        command: { action: 'close', body: { outcome, reason: reason.trim(), version: project.version } },
      },
      {
        onSuccess: () => {
          void message.success(t('cooperation.actions.close.done'));
          onClose();
        },
        onError: (error) => applyApiFieldErrors(form, error, t),
      },
    );
  return (
    <Modal
      open
      title={t('cooperation.actions.close.title')}
      okText={t('cooperation.actions.close.ok')}
      okButtonProps={{ danger: true, loading: command.isPending, ...{ 'data-testid': 'confirm-close' } }}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">{t('cooperation.actions.close.explain')}</Typography.Paragraph>
      <ApiErrorAlert error={command.error} />
      <Form
        form={form}
        name="project-close"
        layout="vertical"
        onFinish={submit}
        initialValues={{ outcome: 'concluded', reason: '' }}
      >
        <Form.Item name="outcome" label={t('cooperation.fields.outcome')}>
          <Radio.Group
            optionType="button"
            options={COOPERATION_OWNER_CLOSE_OUTCOMES.map((value) => ({
              value,
              label: t(`cooperation.outcome.${value}`),
            }))}
            data-testid="close-outcome"
          />
        </Form.Item>
        <Form.Item
          name="reason"
          label={t('cooperation.fields.reason')}
          rules={[
            { required: true, whitespace: true, message: t('errors.cooperation.PROJECT_CLOSE_REASON_REQUIRED') },
            { max: COOPERATION_LIMITS.reasonLength, message: t('validation.maxLength') },
          ]}
        >
          <Input.TextArea rows={4} maxLength={COOPERATION_LIMITS.reasonLength} showCount data-testid="close-reason" />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** Another member tells the owner why it is interested; the owner's answer opens a private thread. */
export function ExpressInterestModal({ project, onClose }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm<{ message: string }>();
  const express = useExpressInterest();
  const submit = (values: { message: string }) =>
    express.mutate(
      { projectId: project.id, body: { message: values.message.trim() } },
      {
        onSuccess: (expression) => {
          void message.success(t('cooperation.actions.express.done'));
          onClose();
          void navigate(`/cooperation/interests/${expression.id}`);
        },
        onError: (error) => applyApiFieldErrors(form, error, t),
      },
    );
  return (
    <Modal
      open
      title={t('cooperation.actions.express.title')}
      okText={t('cooperation.actions.express.ok')}
      okButtonProps={{ loading: express.isPending, ...{ 'data-testid': 'confirm-express' } }}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
      width={640}
    >
      <Typography.Paragraph type="secondary">{t('cooperation.actions.express.explain')}</Typography.Paragraph>
      <ApiErrorAlert error={express.error} />
      <Form form={form} name="project-express" layout="vertical" onFinish={submit} initialValues={{ message: '' }}>
        <Form.Item
          name="message"
          label={t('cooperation.fields.message')}
          rules={[
            { required: true, whitespace: true, message: t('errors.cooperation.INTEREST_MESSAGE_REQUIRED') },
            { max: COOPERATION_LIMITS.messageLength, message: t('validation.maxLength') },
          ]}
        >
          <Input.TextArea
            rows={6}
            maxLength={COOPERATION_LIMITS.messageLength}
            showCount
            data-testid="express-message"
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
