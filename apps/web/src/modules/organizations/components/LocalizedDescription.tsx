import { Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

interface Props {
  en: string | null;
  zh: string | null;
}

/** A text in the reader's language, else the other one, marked as such so the switch is not a surprise. */
export function LocalizedDescription({ en, zh }: Props) {
  const { t, i18n } = useTranslation();
  const reader = i18n.resolvedLanguage === 'zh' ? 'zh' : 'en';
  const preferred = reader === 'zh' ? zh : en;
  const other = reader === 'zh' ? en : zh;
  const shown = preferred?.trim() ? preferred : other?.trim() ? other : null;
  if (!shown) return <Typography.Text type="secondary">{t('organizations.profile.noDescription')}</Typography.Text>;
  const shownLanguage = shown === preferred ? reader : reader === 'zh' ? 'en' : 'zh';
  return (
    <div lang={shownLanguage === 'zh' ? 'zh-CN' : 'en'}>
      {shownLanguage !== reader ? (
        <Tag style={{ marginBottom: 8 }}>{t(`organizations.profile.shownIn.${shownLanguage}`)}</Tag>
      ) : null}
      <Typography.Paragraph style={{ whiteSpace: 'pre-line', marginBottom: 0 }}>{shown}</Typography.Paragraph>
    </div>
  );
}
