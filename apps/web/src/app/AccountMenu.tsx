import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { useMe } from '../modules/auth/api';

// The signed-in user's menu is drawn with antd: a chunk that visitors never load.
const AccountDropdown = lazy(async () => {
  const [{ withAntd }, { AccountDropdown }] = await Promise.all([
    import('./AntdProvider'),
    import('./AccountDropdown'),
  ]);
  return { default: withAntd(AccountDropdown) };
});

/** "Sign in" for visitors; the user's name with My account / Sign out when signed in. */
export function AccountMenu() {
  const { t } = useTranslation();
  const { data: me, isPending } = useMe();
  const navigate = useNavigate();
  const location = useLocation();

  if (isPending) return null;

  if (!me) {
    // The sign-in page has its own "Sign in" button; one per page keeps the name unambiguous.
    if (location.pathname === '/login') return null;
    const here = location.pathname + location.search;
    const next = location.pathname === '/' ? '' : `?next=${encodeURIComponent(here)}`;
    return (
      <button type="button" className="shell-button sign-in-button" onClick={() => void navigate(`/login${next}`)}>
        {t('nav.signIn')}
      </button>
    );
  }

  return (
    <Suspense fallback={null}>
      <AccountDropdown me={me} />
    </Suspense>
  );
}
