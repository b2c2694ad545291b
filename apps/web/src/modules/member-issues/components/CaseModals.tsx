import { MEMBER_ISSUE_LIMITS, type IssueCaseDto } from '@alliance/contracts';
import { Form, Input, Modal, Select, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../../components/ApiErrorAlert';
import { pickName } from '../../../lib/names';
import { useGovernmentBodies } from '../api';
import { hasEitherLanguage } from '../issueForm';

interface ModalProps<V> {
  kase: IssueCaseDto;
  pending: boolean;
  error: unknown;
  onSubmit: (values: V) => void;
  onCancel: () => void;
}

/** A dialog with a form, its OK button submitting it; the API's refusal shows above the fields. */
function FormModal<V extends object>({
  action,
  kase,
  pending,
  error,
  onSubmit,
  onCancel,
  initialValues,
  children,
}: ModalProps<V> & { action: 'update' | 'relay' | 'answer'; initialValues: V; children: ReactNode }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<V>();
  const base = `memberIssues.caseActions.${action}`;
  return (
    <Modal
      open
      width={640}
      title={t(`${base}.title`, { reference: kase.reference })}
      okText={t(`${base}.ok`)}
      okButtonProps={{ loading: pending, 'data-testid': `${action}-confirm` }}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onCancel}
      destroyOnHidden
      data-testid={`${action}-modal`}
    >
      {action === 'update' ? null : (
        <Typography.Paragraph type="secondary">{t(`${base}.explain`)}</Typography.Paragraph>
      )}
      <ApiErrorAlert error={error} />
      <Form<V> form={form} name={`case-${action}`} layout="vertical" initialValues={initialValues} onFinish={onSubmit}>
        {children}
      </Form>
    </Modal>
  );
}

export interface CaseTextValues {
  titleEn: string;
  titleZh: string;
  summaryEn: string;
  summaryZh: string;
}

/** The case's title and summary in both languages. */
export function EditCaseModal(props: ModalProps<CaseTextValues>) {
  const { t } = useTranslation();
  const { kase } = props;
  return (
    <FormModal<CaseTextValues>
      {...props}
      action="update"
      initialValues={{
        titleEn: kase.titleEn ?? '',
        titleZh: kase.titleZh ?? '',
        summaryEn: kase.summaryEn ?? '',
        summaryZh: kase.summaryZh ?? '',
      }}
    >
      <Form.Item
        name="titleZh"
        label={t('memberIssues.fields.titleZh')}
        dependencies={['titleEn']}
        rules={[
          ({ getFieldValue }) => ({
            validator: () =>
              hasEitherLanguage(getFieldValue('titleEn'), getFieldValue('titleZh'))
                ? Promise.resolve()
                : Promise.reject(new Error(t('errors.memberIssues.CASE_TITLE_REQUIRED'))),
          }),
        ]}
      >
        <Input lang="zh-CN" maxLength={MEMBER_ISSUE_LIMITS.titleLength} data-testid="case-title-zh" />
      </Form.Item>
      <Form.Item name="titleEn" label={t('memberIssues.fields.titleEn')}>
        <Input lang="en" maxLength={MEMBER_ISSUE_LIMITS.titleLength} data-testid="case-title-en" />
      </Form.Item>
      <Form.Item name="summaryZh" label={t('memberIssues.fields.summaryZh')}>
        <Input.TextArea lang="zh-CN" rows={3} maxLength={MEMBER_ISSUE_LIMITS.descriptionLength} />
      </Form.Item>
      <Form.Item name="summaryEn" label={t('memberIssues.fields.summaryEn')}>
        <Input.TextArea lang="en" rows={3} maxLength={MEMBER_ISSUE_LIMITS.descriptionLength} />
      </Form.Item>
    </FormModal>
  );
}

export interface RelayValues {
  governmentBodyId?: string;
  relayedText: string;
}

/** Which government body the case went to, and the text sent. */
export function RelayModal(props: ModalProps<RelayValues>) {
  const { t, i18n } = useTranslation();
  const bodies = useGovernmentBodies();
  return (
    <FormModal<RelayValues> {...props} action="relay" initialValues={{ relayedText: '' }}>
      <Form.Item
        name="governmentBodyId"
        label={t('memberIssues.caseActions.relay.body')}
        rules={[{ required: true, message: t('memberIssues.caseActions.relay.bodyRequired') }]}
      >
        <Select<string>
          showSearch={{ optionFilterProp: 'label' }}
          loading={bodies.isFetching}
          options={(bodies.data ?? [])
            .filter((body) => body.active)
            .map((body) => ({ value: body.id, label: pickName(body, i18n.resolvedLanguage) }))}
          data-testid="relay-body"
        />
      </Form.Item>
      <Form.Item
        name="relayedText"
        label={t('memberIssues.caseActions.relay.text')}
        rules={[{ required: true, whitespace: true, message: t('memberIssues.caseActions.relay.textRequired') }]}
      >
        <Input.TextArea rows={6} maxLength={MEMBER_ISSUE_LIMITS.relayTextLength} data-testid="relay-text" />
      </Form.Item>
    </FormModal>
  );
}

export interface AnswerValues {
  answerEn: string;
  answerZh: string;
}

/** The government body's answer, in English, Chinese or both. */
export function AnswerModal(props: ModalProps<AnswerValues>) {
  const { t } = useTranslation();
  const { kase } = props;
  return (
    <FormModal<AnswerValues>
      {...props}
      action="answer"
      initialValues={{ answerEn: kase.answerEn ?? '', answerZh: kase.answerZh ?? '' }}
    >
      <Form.Item
        name="answerZh"
        label={t('memberIssues.fields.answerZh')}
        dependencies={['answerEn']}
        rules={[
          ({ getFieldValue }) => ({
            validator: () =>
              hasEitherLanguage(getFieldValue('answerEn'), getFieldValue('answerZh'))
                ? Promise.resolve()
                : Promise.reject(new Error(t('memberIssues.caseActions.answer.required'))),
          }),
        ]}
      >
        <Input.TextArea lang="zh-CN" rows={5} maxLength={MEMBER_ISSUE_LIMITS.answerLength} data-testid="answer-zh" />
      </Form.Item>
      <Form.Item name="answerEn" label={t('memberIssues.fields.answerEn')}>
        <Input.TextArea lang="en" rows={5} maxLength={MEMBER_ISSUE_LIMITS.answerLength} data-testid="answer-en" />
      </Form.Item>
    </FormModal>
  );
}
