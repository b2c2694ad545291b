import { DownOutlined, LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { App, Avatar, Button, Dropdown, type MenuProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate } from 'react-router';
import { useLocalizedName } from '../lib/names';
import { useMe, useSignOut } from '../modules/auth/api';

/** "Sign in" for visitors; the user's name with My account / Sign out when signed in. */
export function AccountMenu() {
  const { t } = useTranslation();
  const { data: me, isPending } = useMe();
  const { signOut } = useSignOut();
  const navigate = useNavigate();
  const location = useLocation();
  const { message } = App.useApp();
  const nameOf = useLocalizedName();

  if (isPending) return null;

  if (!me) {
    // The sign-in page has its own "Sign in" button; one per page keeps the name unambiguous.
    if (location.pathname === '/login') return null;
    const here = location.pathname + location.search;
    const next = location.pathname === '/' ? '' : `?next=${encodeURIComponent(here)}`;
    return (
      <Button type="primary" className="sign-in-button" onClick={() => void navigate(`/login${next}`)}>
        {t('nav.signIn')}
      </Button>
    );
  }

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

  const orgName = nameOf(me.organization);

  return (
    <Dropdown menu={{ items, onClick }} trigger={['click']} placement="bottomRight">
      <Button type="text" className="account-trigger" data-testid="account-menu" title={orgName}>
        <Avatar size="small" icon={<UserOutlined />} />
        <span className="account-name">{me.user.displayName}</span>
        <DownOutlined style={{ fontSize: 10 }} />
      </Button>
    </Dropdown>
  );
}
