import type { IssueCaseDto } from '@alliance/contracts';
import { CheckCircleOutlined, EditOutlined, MessageOutlined, SendOutlined, StopOutlined } from '@ant-design/icons';
import { App, Button } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorToast } from '../../../components/useErrorToast';
import { useCaseCommand, useUpdateCase, type CaseCommand } from '../api';
import { AnswerModal, EditCaseModal, RelayModal } from './CaseModals';
import { ReasonModal } from './ReasonModal';

type Open = 'update' | 'relay' | 'answer' | 'close' | null;

const blankToNull = (value: string) => value.trim() || null;

/** The secretariat's buttons: exactly the steps the API lists in the case's `actions`. */
export function CaseActions({ kase }: { kase: IssueCaseDto }) {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const toast = useErrorToast();
  const command = useCaseCommand();
  const update = useUpdateCase();
  const [open, setOpen] = useState<Open>(null);
  const can = (action: IssueCaseDto['actions'][number]) => kase.actions.includes(action);
  const close = () => {
    setOpen(null);
    command.reset();
    update.reset();
  };
  const run = (action: CaseCommand['action'], body: CaseCommand['body']) =>
    command.mutate(
      { id: kase.id, command: { action, body } as CaseCommand },
      {
        onSuccess: () => {
          void message.success(t(`memberIssues.caseActions.${action}.done`));
          close();
        },
      },
    );

  const confirmResolve = () =>
    modal.confirm({
      title: t('memberIssues.caseActions.resolve.title', { reference: kase.reference }),
      content: t('memberIssues.caseActions.resolve.explain'),
      okText: t('memberIssues.caseActions.resolve.ok'),
      cancelText: t('common.cancel'),
      okButtonProps: { ...{ 'data-testid': 'resolve-confirm' } },
      onOk: () =>
        command
          .mutateAsync({ id: kase.id, command: { action: 'resolve', body: { version: kase.version } } })
          .then(() => void message.success(t('memberIssues.caseActions.resolve.done')), toast),
    });

  return (
    <>
      {can('relay') ? (
        <Button type="primary" icon={<SendOutlined />} onClick={() => setOpen('relay')} data-testid="case-relay">
          {t('memberIssues.caseActions.relay.label')}
        </Button>
      ) : null}
      {can('answer') ? (
        <Button type="primary" icon={<MessageOutlined />} onClick={() => setOpen('answer')} data-testid="case-answer">
          {t('memberIssues.caseActions.answer.label')}
        </Button>
      ) : null}
      {can('resolve') ? (
        <Button type="primary" icon={<CheckCircleOutlined />} onClick={confirmResolve} data-testid="case-resolve">
          {t('memberIssues.caseActions.resolve.label')}
        </Button>
      ) : null}
      {can('update') ? (
        <Button icon={<EditOutlined />} onClick={() => setOpen('update')} data-testid="case-edit">
          {t('memberIssues.caseActions.update.label')}
        </Button>
      ) : null}
      {can('close') ? (
        <Button danger icon={<StopOutlined />} onClick={() => setOpen('close')} data-testid="case-close">
          {t('memberIssues.caseActions.close.label')}
        </Button>
      ) : null}

      {open === 'update' ? (
        <EditCaseModal
          kase={kase}
          pending={update.isPending}
          error={update.error}
          onCancel={close}
          onSubmit={(values) =>
            update.mutate(
              {
                id: kase.id,
                body: {
                  titleEn: blankToNull(values.titleEn),
                  titleZh: blankToNull(values.titleZh),
                  summaryEn: blankToNull(values.summaryEn),
                  summaryZh: blankToNull(values.summaryZh),
                  version: kase.version,
                },
              },
              {
                onSuccess: () => {
                  void message.success(t('memberIssues.caseActions.update.done'));
                  close();
                },
              },
            )
          }
        />
      ) : null}
      {open === 'relay' ? (
        <RelayModal
          kase={kase}
          pending={command.isPending}
          error={command.error}
          onCancel={close}
          onSubmit={(values) =>
            run('relay', {
              governmentBodyId: values.governmentBodyId ?? '',
              relayedText: values.relayedText.trim(),
              version: kase.version,
            })
          }
        />
      ) : null}
      {open === 'answer' ? (
        <AnswerModal
          kase={kase}
          pending={command.isPending}
          error={command.error}
          onCancel={close}
          onSubmit={(values) =>
            run('answer', {
              answerEn: blankToNull(values.answerEn),
              answerZh: blankToNull(values.answerZh),
              version: kase.version,
            })
          }
        />
      ) : null}
      {open === 'close' ? (
        <ReasonModal
          of="case"
          reference={kase.reference}
          pending={command.isPending}
          error={command.error}
          onCancel={close}
          onSubmit={(reason) => run('close', { reason, version: kase.version })}
        />
      ) : null}
    </>
  );
}
