import type { MeetingAction } from '@alliance/contracts';
import { CheckOutlined, CloseOutlined, StopOutlined, UndoOutlined } from '@ant-design/icons';
import { App, Button } from 'antd';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorToast } from '../../../components/useErrorToast';
import { useMeetingCommand } from '../api';
import { ReasonModal } from './ReasonModal';

const ICONS: Record<MeetingAction, ReactNode> = {
  accept: <CheckOutlined />,
  decline: <CloseOutlined />,
  withdraw: <UndoOutlined />,
  cancel: <StopOutlined />,
};

interface Props {
  meetingId: string;
  /** The meeting's `actions`: exactly what the reader may do on it now. */
  actions: readonly MeetingAction[];
  /** The other side's name, for the buttons' accessible names in a list. */
  counterpart: string;
}

/** Accept or withdraw (confirmed), decline or cancel (an optional reason): only what the meeting's actions allow. */
export function MeetingButtons({ meetingId, actions, counterpart }: Props) {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const toast = useErrorToast();
  const command = useMeetingCommand();
  const [withReason, setWithReason] = useState<'decline' | 'cancel' | null>(null);

  const confirm = (action: 'accept' | 'withdraw') =>
    modal.confirm({
      title: t(`meetings.actions.${action}.title`),
      content: t(`meetings.actions.${action}.explain`, { name: counterpart }),
      okText: t(`meetings.actions.${action}.ok`),
      cancelText: t('meetings.actions.back'),
      okButtonProps: { ...{ 'data-testid': `confirm-${action}` } },
      onOk: () =>
        command
          .mutateAsync({ id: meetingId, action })
          .then(() => void message.success(t(`meetings.actions.${action}.done`)), toast),
    });

  const run = (action: MeetingAction) =>
    action === 'decline' || action === 'cancel' ? setWithReason(action) : confirm(action);

  return (
    <>
      {actions.map((action) => (
        <Button
          key={action}
          size="small"
          type={action === 'accept' ? 'primary' : 'default'}
          danger={action === 'decline' || action === 'cancel'}
          icon={ICONS[action]}
          onClick={() => run(action)}
          aria-label={t(`meetings.actions.${action}.named`, { name: counterpart })}
          data-testid={`meeting-${action}`}
        >
          {t(`meetings.actions.${action}.label`)}
        </Button>
      ))}
      {withReason ? (
        <ReasonModal meetingId={meetingId} action={withReason} onClose={() => setWithReason(null)} />
      ) : null}
    </>
  );
}
