import { htmlLang, pickLocalized, readerLanguage } from '@alliance/contracts';
import { Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { LanguageMarker } from '../modules/posts/components/PostTags';

interface Props {
  en: string | null | undefined;
  zh: string | null | undefined;
  empty: string;
  testId?: string;
}

/**
 * A member's or the secretariat's text in the reader's language, else the other one (marked);
 * always plain text, line breaks kept (issues, cases, cooperation projects).
 */
export function BilingualText({ en, zh, empty, testId }: Props) {
  const { i18n } = useTranslation();
  const shown = pickLocalized(en, zh, readerLanguage(i18n.resolvedLanguage));
  if (!shown) return <Typography.Text type="secondary">{empty}</Typography.Text>;
  return (
    <Flex vertical gap={8} align="flex-start">
      {shown.fallback ? <LanguageMarker language={shown.language} testId="text-language-marker" /> : null}
      <div
        style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}
        lang={htmlLang(shown.language)}
        data-testid={testId}
      >
        {shown.text}
      </div>
    </Flex>
  );
}
