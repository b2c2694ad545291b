import type { Locale } from '@alliance/contracts';
import { TranslationOutlined } from '@ant-design/icons';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

/** Says that a text is shown in the other language because the reader's is missing. */
export function LanguageMarker({ language }: { language: Locale }) {
  const { t } = useTranslation();
  return (
    <Tag icon={<TranslationOutlined />} variant="filled">
      {t(`financing.requests.shownIn.${language}`)}
    </Tag>
  );
}
