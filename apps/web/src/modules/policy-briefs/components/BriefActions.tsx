import type { PolicyBriefAction, PolicyBriefDto } from '@alliance/contracts';
import {
  CheckCircleOutlined,
  EditOutlined,
  FileAddOutlined,
  PrinterOutlined,
  RollbackOutlined,
  SendOutlined,
  StopOutlined,
} from '@ant-design/icons';
import { App, Button } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ButtonLink } from '../../../components/ButtonLink';
import { useErrorToast } from '../../../components/useErrorToast';
import { useBriefCommand, type BriefCommand } from '../api';
import { BriefTextModal } from './BriefTextModal';

/**
 * The reader's buttons: exactly the steps the API lists in `actions` (the comment lives in the
 * review thread), each confirmed first, or asking for the text the API needs. Printing is for everyone.
 */
export function BriefActions({ brief }: { brief: PolicyBriefDto }) {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const toast = useErrorToast();
  const navigate = useNavigate();
  const command = useBriefCommand();
  const [writing, setWriting] = useState<'request_changes' | 'retract' | null>(null);
  const can = (action: PolicyBriefAction) => brief.actions.includes(action);
  const number = brief.working?.number ?? brief.content.number;
  const first = brief.publishedVersion === null;
  const busy = (action: BriefCommand['action']) => command.isPending && command.variables?.command.action === action;

  /** A step without a text: confirmed in a dialog that stays open (loading) until the API answers. */
  const confirm = (action: 'submit' | 'publish' | 'new_version', then?: (brief: PolicyBriefDto) => void) => {
    const base = `policyBriefs.actions.${action}`;
    modal.confirm({
      title: t(`${base}.title`, { number }),
      content: t(action === 'publish' && !first ? `${base}.explainLater` : `${base}.explain`, {
        number,
        previous: brief.publishedVersion,
      }),
      okText: t(`${base}.ok`),
      cancelText: t('common.cancel'),
      okButtonProps: { ...{ 'data-testid': `confirm-${action}` } },
      onOk: () =>
        command
          .mutateAsync({ id: brief.id, command: { action: action === 'new_version' ? 'new-version' : action } })
          .then((saved) => {
            void message.success(t(`${base}.done`, { number }));
            then?.(saved);
          }, toast),
    });
  };

  return (
    <>
      {can('publish') ? (
        <Button
          type="primary"
          icon={<CheckCircleOutlined />}
          loading={busy('publish')}
          onClick={() => confirm('publish')}
          data-testid="brief-publish"
        >
          {t('policyBriefs.actions.publish.label')}
        </Button>
      ) : null}
      {can('request_changes') ? (
        <Button
          icon={<RollbackOutlined />}
          onClick={() => setWriting('request_changes')}
          data-testid="brief-request-changes"
        >
          {t('policyBriefs.actions.request_changes.label')}
        </Button>
      ) : null}
      {can('submit') ? (
        <Button
          type="primary"
          icon={<SendOutlined />}
          loading={busy('submit')}
          onClick={() => confirm('submit')}
          data-testid="brief-submit"
        >
          {t('policyBriefs.actions.submit.label')}
        </Button>
      ) : null}
      {can('update') ? (
        <ButtonLink to={`/policy/briefs/${brief.id}/edit`} icon={<EditOutlined />} data-testid="brief-edit">
          {t('policyBriefs.actions.update.label')}
        </ButtonLink>
      ) : null}
      {can('new_version') ? (
        <Button
          icon={<FileAddOutlined />}
          loading={busy('new-version')}
          onClick={() => confirm('new_version', (saved) => void navigate(`/policy/briefs/${saved.id}/edit`))}
          data-testid="brief-new-version"
        >
          {t('policyBriefs.actions.new_version.label')}
        </Button>
      ) : null}
      {can('retract') ? (
        <Button danger icon={<StopOutlined />} onClick={() => setWriting('retract')} data-testid="brief-retract">
          {t('policyBriefs.actions.retract.label')}
        </Button>
      ) : null}
      <Button icon={<PrinterOutlined />} onClick={() => window.print()} data-testid="brief-print">
        {t('policyBriefs.actions.print')}
      </Button>
      {writing ? <BriefTextModal brief={brief} action={writing} onClose={() => setWriting(null)} /> : null}
    </>
  );
}
