import { DownOutlined, LogoutOutlined, UserOutlined } from '@ant-design/icons';
import type { MeResponse } from '@alliance/contracts';
import { App, Avatar, Button, Dropdown, type MenuProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useLocalizedName } from '../lib/names';
import { useSignOut } from '../modules/auth/api';

/** The signed-in user's name with My account / Sign out: a chunk of its own, visitors never load it. */
export function AccountDropdown({ me }: { me: MeResponse }) {
  const { t } = useTranslation();
  const { signOut } = useSignOut();
  const { message } = App.useApp();
  const nameOf = useLocalizedName();

  const items: MenuProps['items'] = [
    { key: 'account', icon: <UserOutlined />, label: <Link to="/account">{t('nav.myAccount')}</Link> },
    { type: 'divider' },
    { key: 'logout', icon: <LogoutOutlined />, label: t('nav.signOut'), danger: true },
  ];

  const onClick: MenuProps['onClick'] = ({ key }) => {
    if (key !== 'logout') return;
    void signOut().then((ok) => {
      if (!ok) void message.warning(t('nav.signOutFailed'));
    });
  };

  return (
    <Dropdown menu={{ items, onClick }} trigger={['click']} placement="bottomRight">
      <Button type="text" className="account-trigger" data-testid="account-menu" title={nameOf(me.organization)}>
        <Avatar size="small" icon={<UserOutlined />} />
        <span className="account-name">{me.user.displayName}</span>
        <DownOutlined style={{ fontSize: 10 }} />
      </Button>
    </Dropdown>
  );
}
