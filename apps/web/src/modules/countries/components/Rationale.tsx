import { htmlLang, pickLocalized, readerLanguage, type Locale } from '@alliance/contracts';
import { Flex, Segmented, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageMarker } from '../../posts/components/PostTags';

interface Props {
  en: string | null;
  zh: string | null;
  testId?: string;
}

/** A bilingual rationale in the reader's language, else the other one (marked); a toggle reads the other version. */
export function Rationale({ en, zh, testId = 'risk-rationale' }: Props) {
  const { t, i18n } = useTranslation();
  const reader = readerLanguage(i18n.resolvedLanguage);
  const [chosen, setChosen] = useState<Locale | null>(null);
  const both = Boolean(en?.trim() && zh?.trim());
  const shown = pickLocalized(en, zh, chosen && both ? chosen : reader);
  if (!shown) return <Typography.Text type="secondary">—</Typography.Text>;
  return (
    <Flex vertical gap={8}>
      {both || shown.fallback ? (
        <Flex gap={8} align="center" wrap>
          {both ? (
            <Segmented
              size="small"
              aria-label={t('countries.readIn')}
              value={shown.language}
              onChange={(language: Locale) => setChosen(language)}
              options={[
                { value: 'en', label: t('posts.language.en') },
                { value: 'zh', label: t('posts.language.zh') },
              ]}
            />
          ) : null}
          {shown.fallback ? <LanguageMarker language={shown.language} /> : null}
        </Flex>
      ) : null}
      <Typography.Paragraph className="risk-rationale" lang={htmlLang(shown.language)} data-testid={testId}>
        {shown.text}
      </Typography.Paragraph>
    </Flex>
  );
}
