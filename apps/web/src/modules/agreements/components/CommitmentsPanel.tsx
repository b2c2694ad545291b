import {
  AGREEMENT_LIMITS,
  COMMITMENT_OWNERS,
  htmlLang,
  pickTitle,
  readerLanguage,
  type AgreementCommitmentDto,
  type AgreementDto,
  type CommitmentOwner,
} from '@alliance/contracts';
import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, DatePicker, Flex, Form, Input, Modal, Radio, Select, Table, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState, type HTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../../components/ApiErrorAlert';
import { applyApiFieldErrors, keepEnterInPicker } from '../../../lib/forms';
import { formatDate, pickName } from '../../../lib/names';
import { useCommitmentCommand, useCommitments, useSaveCommitment } from '../api';
import { CommitmentStatusTag, SampleTag } from './AgreementTags';

type Step = 'complete' | 'waive' | 'reopen';

/** The commitments of both sides, for the agreement's parties: each with the steps its reader may take. */
export function CommitmentsPanel({ agreement }: { agreement: AgreementDto }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage;
  const reader = readerLanguage(language);
  const list = useCommitments(agreement.id, agreement.party);
  const [adding, setAdding] = useState(false);
  const [stepping, setStepping] = useState<{ commitment: AgreementCommitmentDto; step: Step } | null>(null);

  return (
    <Card
      title={t('agreements.commitments.title')}
      extra={
        agreement.actions.includes('addCommitment') ? (
          <Button icon={<PlusOutlined />} onClick={() => setAdding(true)} data-testid="add-commitment">
            {t('agreements.commitments.add')}
          </Button>
        ) : null
      }
      data-testid="commitments-panel"
    >
      <ApiErrorAlert error={list.error} />
      <Table<AgreementCommitmentDto>
        rowKey="id"
        size="small"
        loading={list.isFetching && !list.data}
        dataSource={list.data ?? []}
        pagination={false}
        scroll={{ x: true }}
        locale={{ emptyText: t('agreements.commitments.empty') }}
        onRow={() => ({ 'data-testid': 'commitment-row' }) as HTMLAttributes<HTMLElement>}
        columns={[
          {
            key: 'title',
            title: t('agreements.commitments.columns.title'),
            render: (_, c) => {
              const title = pickTitle(c, reader);
              return (
                <Flex vertical gap={2}>
                  <span lang={htmlLang(title.language)} data-testid="commitment-title">
                    {title.text}
                  </span>
                  {c.note ? (
                    <Typography.Text type="secondary" className="agreement-plain-text">
                      {c.note}
                    </Typography.Text>
                  ) : null}
                  {c.sample ? <SampleTag /> : null}
                </Flex>
              );
            },
          },
          {
            key: 'owner',
            title: t('agreements.commitments.columns.owner'),
            render: (_, c) =>
              c.organization ? pickName(c.organization, language) : t('agreements.commitments.owner.alliance'),
          },
          {
            key: 'due',
            title: t('agreements.commitments.columns.due'),
            render: (_, c) => formatDate(c.dueOn, language),
          },
          {
            key: 'status',
            title: t('agreements.commitments.columns.status'),
            render: (_, c) => <CommitmentStatusTag status={c.status} overdue={c.overdue} />,
          },
          {
            key: 'actions',
            title: t('agreements.commitments.columns.actions'),
            render: (_, c) => (
              <Flex gap={4} wrap>
                {(['complete', 'waive', 'reopen'] as const)
                  .filter((step) => c.actions.includes(step))
                  .map((step) => (
                    <Button
                      key={step}
                      size="small"
                      type={step === 'complete' ? 'primary' : 'default'}
                      onClick={() => setStepping({ commitment: c, step })}
                      data-testid={`commitment-${step}`}
                    >
                      {t(`agreements.commitments.steps.${step}.button`)}
                    </Button>
                  ))}
              </Flex>
            ),
          },
        ]}
      />
      {adding ? <AddCommitmentModal agreement={agreement} onClose={() => setAdding(false)} /> : null}
      {stepping ? <StepModal {...stepping} onClose={() => setStepping(null)} /> : null}
    </Card>
  );
}

interface CommitmentValues {
  titleEn?: string;
  titleZh?: string;
  owner: CommitmentOwner;
  organizationId?: string;
  dueOn: Dayjs;
}

function AddCommitmentModal({ agreement, onClose }: { agreement: AgreementDto; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<CommitmentValues>();
  const save = useSaveCommitment();
  const owner = Form.useWatch('owner', form);
  const submit = (values: CommitmentValues) =>
    save.mutate(
      {
        agreementId: agreement.id,
        body: {
          titleEn: values.titleEn?.trim() || null,
          titleZh: values.titleZh?.trim() || null,
          owner: values.owner,
          organizationId: values.owner === 'counterparty' ? (values.organizationId ?? null) : null,
          dueOn: values.dueOn.format('YYYY-MM-DD'),
        },
      },
      {
        onSuccess: () => {
          void message.success(t('agreements.commitments.added'));
          onClose();
        },
        onError: (error) => applyApiFieldErrors(form, error, t),
      },
    );
  const max = { max: AGREEMENT_LIMITS.titleLength, message: t('validation.maxLength') };
  return (
    <Modal
      open
      title={t('agreements.commitments.add')}
      okText={t('agreements.commitments.save')}
      okButtonProps={{ loading: save.isPending, ...{ 'data-testid': 'confirm-commitment' } }}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <ApiErrorAlert error={save.error} />
      <Form<CommitmentValues>
        form={form}
        name="agreement-commitment"
        layout="vertical"
        onFinish={submit}
        initialValues={{
          owner: 'counterparty',
          organizationId: agreement.counterparties.length === 1 ? agreement.counterparties[0].id : undefined,
        }}
      >
        <Form.Item name="titleEn" label={t('agreements.fields.title.en')} rules={[max]}>
          <Input lang="en" data-testid="commitment-title-en" />
        </Form.Item>
        <Form.Item name="titleZh" label={t('agreements.fields.title.zh')} rules={[max]}>
          <Input lang="zh-CN" data-testid="commitment-title-zh" />
        </Form.Item>
        <Form.Item name="owner" label={t('agreements.commitments.columns.owner')}>
          <Radio.Group
            options={COMMITMENT_OWNERS.map((value) => ({ value, label: t(`agreements.commitments.owner.${value}`) }))}
          />
        </Form.Item>
        {owner === 'counterparty' ? (
          <Form.Item
            name="organizationId"
            label={t('agreements.commitments.organization')}
            rules={[{ required: true, message: t('errors.agreements.COMMITMENT_ORGANIZATION_REQUIRED') }]}
          >
            <Select
              options={agreement.counterparties.map((p) => ({
                value: p.id,
                label: pickName(p, i18n.resolvedLanguage),
              }))}
              data-testid="commitment-organization"
            />
          </Form.Item>
        ) : null}
        <Form.Item
          name="dueOn"
          label={t('agreements.commitments.columns.due')}
          rules={[{ required: true, message: t('agreements.commitments.dueRequired') }]}
        >
          <DatePicker style={{ width: '100%' }} onKeyDown={keepEnterInPicker} data-testid="commitment-due" />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function StepModal({
  commitment,
  step,
  onClose,
}: {
  commitment: AgreementCommitmentDto;
  step: Step;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ note?: string }>();
  const command = useCommitmentCommand();
  const submit = ({ note }: { note?: string }) =>
    command.mutate(
      { id: commitment.id, action: step, body: { note: note?.trim() || null } },
      {
        onSuccess: () => {
          void message.success(t(`agreements.commitments.steps.${step}.done`));
          onClose();
        },
        onError: (error) => applyApiFieldErrors(form, error, t),
      },
    );
  return (
    <Modal
      open
      title={t(`agreements.commitments.steps.${step}.title`)}
      okText={t(`agreements.commitments.steps.${step}.button`)}
      okButtonProps={{ loading: command.isPending, ...{ 'data-testid': `confirm-commitment-${step}` } }}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <ApiErrorAlert error={command.error} />
      <Form form={form} name={`commitment-${step}`} layout="vertical" onFinish={submit}>
        <Form.Item
          name="note"
          label={t('agreements.commitments.note')}
          rules={[{ max: AGREEMENT_LIMITS.noteLength, message: t('validation.maxLength') }]}
        >
          <Input.TextArea rows={3} maxLength={AGREEMENT_LIMITS.noteLength} showCount data-testid="commitment-note" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
