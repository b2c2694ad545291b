import { canMove, USER_TRANSITIONS } from '@alliance/contracts';
import { App, Button, Popconfirm, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorToast } from '../../../components/useErrorToast';
import { canOn, useAbility } from '../../../lib/ability';
import { useMe } from '../../auth/api';
import { useSetUserEnabled, type UserListItem } from '../api';
import { ChangeRoleModal } from './ChangeRoleModal';

/** Disable / enable and change role, for colleagues the signed-in user may manage (never oneself). */
export function UserActions({ user }: { user: UserListItem }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const ability = useAbility();
  const { data: me } = useMe();
  const setEnabled = useSetUserEnabled();
  const showError = useErrorToast();
  const [changingRole, setChangingRole] = useState(false);

  if (me?.user.id === user.id) return null;
  const record = { id: user.id, organizationId: user.organizationId };
  const disabled = user.status === 'disabled';
  const toggleAction = disabled ? 'enable' : 'disable';
  const canToggle =
    canMove(USER_TRANSITIONS, toggleAction, user.status) && canOn(ability, toggleAction, 'User', record);
  const canChangeRole = canOn(ability, 'changeRole', 'User', record) && !disabled;

  const toggle = () =>
    setEnabled.mutate(
      { id: user.id, enabled: disabled },
      {
        onSuccess: () => void message.success(t(disabled ? 'users.actions.enabled' : 'users.actions.disabled')),
        onError: showError,
      },
    );

  return (
    <Space size={0}>
      {canChangeRole ? (
        <Button size="small" type="link" onClick={() => setChangingRole(true)}>
          {t('users.actions.changeRole')}
        </Button>
      ) : null}
      {canToggle ? (
        <Popconfirm
          title={t(disabled ? 'users.actions.enableConfirm' : 'users.actions.disableConfirm', {
            name: user.displayName,
          })}
          okText={t(disabled ? 'users.actions.enable' : 'users.actions.disable')}
          cancelText={t('common.cancel')}
          okButtonProps={{ danger: !disabled, loading: setEnabled.isPending }}
          onConfirm={toggle}
        >
          <Button size="small" type="link" danger={!disabled}>
            {t(disabled ? 'users.actions.enable' : 'users.actions.disable')}
          </Button>
        </Popconfirm>
      ) : null}
      {changingRole ? <ChangeRoleModal user={user} onClose={() => setChangingRole(false)} /> : null}
    </Space>
  );
}
