import type { CooperationProjectAction, CooperationProjectDto } from '@alliance/contracts';
import {
  CheckOutlined,
  EditOutlined,
  HeartOutlined,
  RedoOutlined,
  RollbackOutlined,
  SendOutlined,
  StopOutlined,
  SyncOutlined,
} from '@ant-design/icons';
import { App, Button } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ButtonLink } from '../../../components/ButtonLink';
import { useErrorToast } from '../../../components/useErrorToast';
import { useProjectCommand } from '../api';
import { CloseProjectModal, ExpressInterestModal, ReturnProjectModal } from './ProjectModals';

type Writing = 'return' | 'close' | 'express';
type Confirmed = 'submit' | 'approve' | 'reopen' | 'renew';

const CONFIRMED_ICONS: Record<Confirmed, React.ReactNode> = {
  submit: <SendOutlined />,
  approve: <CheckOutlined />,
  reopen: <RedoOutlined />,
  renew: <SyncOutlined />,
};

/**
 * The reader's buttons: exactly the actions the API lists in `project.actions`. Submitting,
 * approving, reopening and renewing are confirmed; returning, closing and expressing interest ask
 * for what they carry.
 */
export function ProjectActions({ project }: { project: CooperationProjectDto }) {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const toast = useErrorToast();
  const command = useProjectCommand();
  const [writing, setWriting] = useState<Writing | null>(null);
  const can = (action: CooperationProjectAction) => project.actions.includes(action);

  const confirm = (action: Confirmed) =>
    modal.confirm({
      title: t(`cooperation.actions.${action}.title`),
      content: t(`cooperation.actions.${action}.explain`),
      okText: t(`cooperation.actions.${action}.ok`),
      cancelText: t('common.cancel'),
      okButtonProps: { ...{ 'data-testid': `confirm-${action}` } },
      onOk: () =>
        command
          .mutateAsync({ id: project.id, command: { action, body: { version: project.version } } })
          .then(() => void message.success(t(`cooperation.actions.${action}.done`)), toast),
    });

  const confirmed = (['approve', 'submit', 'reopen', 'renew'] as const).filter(can);
  return (
    <>
      {confirmed.map((action) => (
        <Button
          key={action}
          type={action === 'approve' || action === 'submit' ? 'primary' : 'default'}
          icon={CONFIRMED_ICONS[action]}
          onClick={() => confirm(action)}
          data-testid={`project-${action}`}
        >
          {t(`cooperation.actions.${action}.label`)}
        </Button>
      ))}
      {can('express') ? (
        <Button
          type="primary"
          icon={<HeartOutlined />}
          onClick={() => setWriting('express')}
          data-testid="project-express"
        >
          {t('cooperation.actions.express.label')}
        </Button>
      ) : null}
      {can('return') ? (
        <Button danger icon={<RollbackOutlined />} onClick={() => setWriting('return')} data-testid="project-return">
          {t('cooperation.actions.return.label')}
        </Button>
      ) : null}
      {can('update') ? (
        <ButtonLink to={`/cooperation/projects/${project.id}/edit`} icon={<EditOutlined />} data-testid="project-edit">
          {t('cooperation.actions.update.label')}
        </ButtonLink>
      ) : null}
      {can('close') ? (
        <Button danger icon={<StopOutlined />} onClick={() => setWriting('close')} data-testid="project-close">
          {t('cooperation.actions.close.label')}
        </Button>
      ) : null}
      {writing === 'return' ? <ReturnProjectModal project={project} onClose={() => setWriting(null)} /> : null}
      {writing === 'close' ? <CloseProjectModal project={project} onClose={() => setWriting(null)} /> : null}
      {writing === 'express' ? <ExpressInterestModal project={project} onClose={() => setWriting(null)} /> : null}
    </>
  );
}
