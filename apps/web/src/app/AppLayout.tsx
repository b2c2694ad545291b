import { MenuOutlined } from '@ant-design/icons';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation, useNavigation } from 'react-router';
import { moduleStringsReady } from '../lib/i18n';
import { BREAKPOINTS, useMinWidth } from '../lib/useMediaQuery';
import { useMe, useSignOutLanding } from '../modules/auth/api';
import { AccountMenu } from './AccountMenu';
import { LanguageSwitch } from './LanguageSwitch';
import { SideNav } from './SideNav';

// Parts of the shell that visitors on a wide screen never use load (with antd) when first needed.
const NavDrawer = lazy(async () => {
  const [{ withAntd }, { NavDrawer }] = await Promise.all([import('./AntdProvider'), import('./NavDrawer')]);
  return { default: withAntd(NavDrawer) };
});
const NotificationBell = lazy(async () => {
  const [{ withAntd }, { NotificationBell }] = await Promise.all([
    import('./AntdProvider'),
    import('../modules/notifications/components/NotificationBell'),
    moduleStringsReady(),
  ]);
  return { default: withAntd(NotificationBell) };
});

function Brand({ short }: { short: boolean }) {
  const { t } = useTranslation();
  return (
    <Link to="/" className="brand">
      {short ? null : <img src="/favicon.svg" alt="" width={32} height={32} />}
      <span className={short ? 'brand-name short' : 'brand-name'}>{short ? t('app.shortName') : t('app.name')}</span>
    </Link>
  );
}

/**
 * The shell: header (brand, language, account), side navigation, page, footer. Drawn without antd
 * (in antd's look) so that the landing route loads none of it; the pages bring antd with them.
 */
export function AppLayout() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const navigation = useNavigation();
  const narrow = !useMinWidth(BREAKPOINTS.lg);
  // On a phone the language switch moves into the menu, so that the header keeps the name whole.
  const phone = !useMinWidth(BREAKPOINTS.sm);
  const [menuOpen, setMenuOpen] = useState(false);
  // Mounted from the first opening on, so that it can animate closed.
  const [menuUsed, setMenuUsed] = useState(false);
  const { data: me } = useMe();
  useSignOutLanding();
  const flush = pathname === '/';

  return (
    <div className="app-shell">
      <a className="skip-link" href="#main">
        {t('nav.skipToContent')}
      </a>
      <header className={narrow ? 'app-header narrow' : 'app-header'}>
        <div className="header-start">
          {narrow ? (
            <button
              type="button"
              className="shell-button menu-trigger"
              aria-label={t('nav.openMenu')}
              onClick={() => {
                setMenuUsed(true);
                setMenuOpen(true);
              }}
            >
              <MenuOutlined />
            </button>
          ) : null}
          <Brand short={narrow} />
        </div>
        <div className="header-actions">
          {phone ? null : <LanguageSwitch />}
          {me ? (
            <Suspense fallback={null}>
              <NotificationBell />
            </Suspense>
          ) : null}
          <AccountMenu />
        </div>
      </header>
      {navigation.state === 'loading' ? (
        <div className="route-progress" aria-hidden="true">
          <div className="route-progress-bar" />
        </div>
      ) : null}
      <div className="app-body">
        {narrow ? (
          menuUsed ? (
            <Suspense fallback={null}>
              <NavDrawer open={menuOpen} onClose={() => setMenuOpen(false)} withLanguage={phone} />
            </Suspense>
          ) : null
        ) : (
          <aside className="app-sider">
            <SideNav />
          </aside>
        )}
        <div className="app-column">
          <main id="main" className={flush ? 'app-content flush' : 'app-content'}>
            <Outlet />
          </main>
          <footer className="app-footer">
            <span className="text-secondary">{t('footer.text', { year: new Date().getFullYear() })}</span>
          </footer>
        </div>
      </div>
    </div>
  );
}
