import type { Locale } from '@alliance/contracts';
import { App, Segmented } from 'antd';
import { useTranslation } from 'react-i18next';
import { currentLocale, rememberLocale } from '../lib/i18n';
import { useUpdateMe } from '../modules/account/api';
import { useMe } from '../modules/auth/api';

const OPTIONS: Array<{ value: Locale; label: string }> = [
  { value: 'en', label: 'English' },
  { value: 'zh', label: '中文' },
];

/** English / 中文: remembered in the browser, and on the account when signed in. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const { data: me } = useMe();
  const updateMe = useUpdateMe();

  const change = (locale: Locale) => {
    rememberLocale(locale);
    void i18n.changeLanguage(locale);
    if (me && me.user.locale !== locale) {
      updateMe.mutate({ locale }, { onError: () => void message.error(t('language.saveFailed')) });
    }
  };

  return (
    <Segmented<Locale>
      className="language-switch"
      aria-label={t('language.label')}
      size="small"
      value={currentLocale()}
      options={OPTIONS}
      onChange={change}
    />
  );
}
