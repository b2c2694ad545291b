import type { Locale } from '@alliance/contracts';
import { useTranslation } from 'react-i18next';
import { changeLocale, currentLocale, rememberLocale } from '../lib/i18n';
import { useUpdateMe } from '../modules/account/api';
import { useMe } from '../modules/auth/api';

const OPTIONS: Array<{ value: Locale; label: string }> = [
  { value: 'en', label: 'English' },
  { value: 'zh', label: '中文' },
];

/** English / 中文: remembered in the browser, and on the account when signed in. */
export function LanguageSwitch() {
  const { t } = useTranslation();
  const { data: me } = useMe();
  const updateMe = useUpdateMe();

  const change = (locale: Locale) => {
    rememberLocale(locale);
    void changeLocale(locale);
    if (me && me.user.locale !== locale) {
      updateMe.mutate(
        { locale },
        {
          onError: () => void import('./shellMessage').then(({ showError }) => showError(t('language.saveFailed'))),
        },
      );
    }
  };

  const current = currentLocale();
  // Two toggle buttons (aria-pressed) rather than a radio group: each option is a plain,
  // clickable button named "English" / "中文".
  return (
    <div className="language-switch" role="group" aria-label={t('language.label')}>
      {OPTIONS.map((option) => (
        <button
          key={option.value}
          type="button"
          lang={option.value === 'zh' ? 'zh-CN' : 'en'}
          aria-pressed={current === option.value}
          className={current === option.value ? 'shell-button language-option active' : 'shell-button language-option'}
          onClick={() => current !== option.value && change(option.value)}
        >
          {option.label}
        </button>
      ))}
    </div>
  );
}
