import type { MemberIssueDto } from '@alliance/contracts';
import { FolderAddOutlined, StopOutlined } from '@ant-design/icons';
import { App, Button } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useIssueCommand } from '../api';
import { FileIssueModal } from './FileIssueModal';
import { ReasonModal } from './ReasonModal';

/** Exactly the steps the API lists in the issue's `actions`. */
export function IssueActions({ issue }: { issue: MemberIssueDto }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const command = useIssueCommand();
  const [open, setOpen] = useState<'file' | 'close' | null>(null);
  const close = () => {
    setOpen(null);
    command.reset();
  };

  return (
    <>
      {issue.actions.includes('file') ? (
        <Button type="primary" icon={<FolderAddOutlined />} onClick={() => setOpen('file')} data-testid="issue-file">
          {t('memberIssues.actions.file.label')}
        </Button>
      ) : null}
      {issue.actions.includes('close') ? (
        <Button danger icon={<StopOutlined />} onClick={() => setOpen('close')} data-testid="issue-close">
          {t('memberIssues.actions.close.label')}
        </Button>
      ) : null}
      {open === 'file' ? (
        <FileIssueModal
          issue={issue}
          pending={command.isPending}
          error={command.error}
          onCancel={close}
          onSubmit={(caseId) =>
            command.mutate(
              { id: issue.id, command: { action: 'file', body: caseId ? { caseId } : {} } },
              {
                onSuccess: () => {
                  void message.success(t('memberIssues.actions.file.done'));
                  close();
                },
              },
            )
          }
        />
      ) : null}
      {open === 'close' ? (
        <ReasonModal
          of="issue"
          reference={issue.reference}
          pending={command.isPending}
          error={command.error}
          onCancel={close}
          onSubmit={(reason) =>
            command.mutate(
              { id: issue.id, command: { action: 'close', body: { reason } } },
              {
                onSuccess: () => {
                  void message.success(t('memberIssues.actions.close.done'));
                  close();
                },
              },
            )
          }
        />
      ) : null}
    </>
  );
}
