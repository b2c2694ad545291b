import type { MeetingProgrammeDto } from '@alliance/contracts';
import { LockOutlined, SendOutlined } from '@ant-design/icons';
import { App, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { useErrorToast } from '../../../components/useErrorToast';
import { useProgrammeCommand } from '../api';

/** Publish the agendas, or close the meetings: only what the programme's actions offer the reader, each confirmed. */
export function ProgrammeActions({ programme }: { programme: MeetingProgrammeDto }) {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const toast = useErrorToast();
  const command = useProgrammeCommand(programme.eventId);

  const confirm = (action: 'publish' | 'close') =>
    modal.confirm({
      title: t(`meetings.programmeActions.${action}.title`),
      content: t(`meetings.programmeActions.${action}.explain`),
      okText: t(`meetings.programmeActions.${action}.ok`),
      okButtonProps: { danger: action === 'close', ...{ 'data-testid': `confirm-${action}` } },
      cancelText: t('meetings.actions.back'),
      onOk: () =>
        command
          .mutateAsync(action)
          .then(() => void message.success(t(`meetings.programmeActions.${action}.done`)), toast),
    });

  return (
    <>
      {programme.actions.includes('publish') ? (
        <Button
          type="primary"
          icon={<SendOutlined />}
          loading={command.isPending && command.variables === 'publish'}
          onClick={() => confirm('publish')}
          data-testid="programme-publish"
        >
          {t('meetings.programmeActions.publish.label')}
        </Button>
      ) : null}
      {programme.actions.includes('close') ? (
        <Button
          danger
          icon={<LockOutlined />}
          loading={command.isPending && command.variables === 'close'}
          onClick={() => confirm('close')}
          data-testid="programme-close"
        >
          {t('meetings.programmeActions.close.label')}
        </Button>
      ) : null}
    </>
  );
}
