import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { changeLocale, rememberLocale } from '../lib/i18n';
import { useMe } from '../modules/auth/api';

/**
 * When someone signs in (or reloads signed in), the language saved on their account wins
 * over the one remembered for the visitor.
 */
export function useUserLocale(): void {
  const { data: me } = useMe();
  const { i18n } = useTranslation();
  const saved = me?.user.locale;
  const userId = me?.user.id;

  useEffect(() => {
    if (!saved || !userId) return;
    rememberLocale(saved);
    if (i18n.resolvedLanguage !== saved) void changeLocale(saved);
  }, [saved, userId, i18n]);
}
