import { MenuOutlined } from '@ant-design/icons';
import { Button, Drawer, Grid, Layout, Progress, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation, useNavigation } from 'react-router';
import { NotificationBell } from '../modules/notifications/components/NotificationBell';
import { AccountMenu } from './AccountMenu';
import { LanguageSwitch } from './LanguageSwitch';
import { SideNav } from './SideNav';

function Brand({ short }: { short: boolean }) {
  const { t } = useTranslation();
  return (
    <Link to="/" className="brand" aria-label={t('app.name')}>
      {short ? null : <img src="/favicon.svg" alt="" width={32} height={32} />}
      <span className={short ? 'brand-name short' : 'brand-name'}>{short ? t('app.shortName') : t('app.name')}</span>
    </Link>
  );
}

/** The shell: header (brand, language, account), side navigation, page, footer. */
export function AppLayout() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const navigation = useNavigation();
  const screens = Grid.useBreakpoint();
  // Until the first measurement, assume a wide screen (the common case for this portal).
  const narrow = !(screens.lg ?? true);
  // On a phone the language switch moves into the menu, so that the header keeps the name whole.
  const phone = !(screens.sm ?? true);
  const [menuOpen, setMenuOpen] = useState(false);
  const flush = pathname === '/';

  return (
    <Layout className="app-shell">
      <a className="skip-link" href="#main">
        {t('nav.skipToContent')}
      </a>
      <Layout.Header className={narrow ? 'app-header narrow' : 'app-header'}>
        <div className="header-start">
          {narrow ? (
            <Button
              type="text"
              className="menu-trigger"
              icon={<MenuOutlined />}
              aria-label={t('nav.openMenu')}
              onClick={() => setMenuOpen(true)}
            />
          ) : null}
          <Brand short={narrow} />
        </div>
        <div className="header-actions">
          {phone ? null : <LanguageSwitch />}
          <NotificationBell />
          <AccountMenu />
        </div>
      </Layout.Header>
      {navigation.state === 'loading' ? (
        <Progress className="route-progress" percent={70} showInfo={false} size="small" status="active" />
      ) : null}
      <Layout>
        {narrow ? (
          <Drawer
            open={menuOpen}
            placement="left"
            size={280}
            title={t('nav.label')}
            onClose={() => setMenuOpen(false)}
            styles={{ body: { padding: 8 } }}
          >
            {phone ? (
              <div className="drawer-language">
                <LanguageSwitch />
              </div>
            ) : null}
            <SideNav onNavigate={() => setMenuOpen(false)} />
          </Drawer>
        ) : (
          <Layout.Sider width={240} className="app-sider" theme="light">
            <SideNav />
          </Layout.Sider>
        )}
        <Layout>
          <Layout.Content id="main" className={flush ? 'app-content flush' : 'app-content'}>
            <Outlet />
          </Layout.Content>
          <Layout.Footer className="app-footer">
            <Typography.Text type="secondary">{t('footer.text', { year: new Date().getFullYear() })}</Typography.Text>
          </Layout.Footer>
        </Layout>
      </Layout>
    </Layout>
  );
}
