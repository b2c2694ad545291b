import { htmlLang, pickLocalized, type Locale, type PolicyBriefVersionDto } from '@alliance/contracts';
import { Flex, Segmented, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { SanitizedHtml } from '../../posts/components/SanitizedHtml';
import { LanguageMarker } from '../../posts/components/PostTags';
import { writtenIn } from '../briefContent';

interface Props {
  version: PolicyBriefVersionDto;
  /** The language asked for (the reader's, or the one chosen with the toggle). */
  language: Locale;
  onLanguage: (language: Locale) => void;
  /** The page already marks the title as shown in this language: the body needs no second marker. */
  markedLanguage: Locale | null;
}

/**
 * The summary and body in the language asked for, else the other one (marked); a toggle reads the
 * other when the version has both. Only the server's sanitized HTML is shown, never the Markdown.
 */
export function BriefContent({ version, language, onLanguage, markedLanguage }: Props) {
  const { t } = useTranslation();
  const both = writtenIn(version).length === 2;
  const summary = pickLocalized(version.summaryEn, version.summaryZh, language);
  const body = pickLocalized(version.bodyHtmlEn, version.bodyHtmlZh, language);
  const fallback = [summary, body].find((text) => text?.fallback)?.language ?? null;
  const marker = fallback && fallback !== markedLanguage ? fallback : null;

  return (
    <Flex vertical gap={16}>
      {both || marker ? (
        <Flex gap={8} align="center" wrap className="brief-no-print">
          {both ? (
            <Segmented
              aria-label={t('policyBriefs.detail.readIn')}
              data-testid="brief-language-toggle"
              value={language}
              onChange={(next: Locale) => onLanguage(next)}
              options={[
                { value: 'en', label: t('policyBriefs.language.en') },
                { value: 'zh', label: t('policyBriefs.language.zh') },
              ]}
            />
          ) : null}
          {marker ? <LanguageMarker language={marker} testId="brief-language-marker" /> : null}
        </Flex>
      ) : null}
      {summary ? (
        <Typography.Paragraph className="brief-summary" lang={htmlLang(summary.language)} data-testid="brief-summary">
          {summary.text}
        </Typography.Paragraph>
      ) : null}
      {body ? (
        <SanitizedHtml html={body.text} lang={htmlLang(body.language)} testId="brief-body" />
      ) : (
        <Typography.Text type="secondary" data-testid="brief-body">
          {t('policyBriefs.detail.noBody')}
        </Typography.Text>
      )}
    </Flex>
  );
}
