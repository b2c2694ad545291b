import { Grid, Layout, Progress, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation, useNavigation } from 'react-router';
import { AccountMenu } from './AccountMenu';
import { LanguageSwitch } from './LanguageSwitch';
import { SideNav } from './SideNav';

function Brand() {
  const { t } = useTranslation();
  const screens = Grid.useBreakpoint();
  const wide = screens.lg ?? true;
  return (
    <Link to="/" className="brand" aria-label={t('app.name')}>
      <img src="/favicon.svg" alt="" width={32} height={32} />
      <span className="brand-name">{wide ? t('app.name') : t('app.shortName')}</span>
    </Link>
  );
}

/** The shell: header (brand, language, account), side navigation, page, footer. */
export function AppLayout() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const navigation = useNavigation();
  const [collapsed, setCollapsed] = useState(true);
  const screens = Grid.useBreakpoint();
  const narrow = !(screens.lg ?? true);
  const flush = pathname === '/';

  return (
    <Layout className="app-shell">
      <a className="skip-link" href="#main">
        {t('nav.skipToContent')}
      </a>
      <Layout.Header className="app-header">
        <Brand />
        <div className="header-actions">
          <LanguageSwitch />
          <AccountMenu />
        </div>
      </Layout.Header>
      {navigation.state === 'loading' ? (
        <Progress className="route-progress" percent={70} showInfo={false} size="small" status="active" />
      ) : null}
      <Layout>
        <Layout.Sider
          width={240}
          breakpoint="lg"
          collapsedWidth={0}
          collapsible
          collapsed={narrow && collapsed}
          onCollapse={setCollapsed}
          onBreakpoint={setCollapsed}
          trigger={narrow ? undefined : null}
          className="app-sider"
          theme="light"
        >
          <SideNav onNavigate={narrow ? () => setCollapsed(true) : undefined} />
        </Layout.Sider>
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
