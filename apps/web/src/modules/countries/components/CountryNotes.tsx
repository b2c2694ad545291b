import { htmlLang, pickLocalized, readerLanguage, type CountryProfileDto, type Locale } from '@alliance/contracts';
import { Empty, Flex, Segmented, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../lib/names';
import { LanguageMarker } from '../../posts/components/PostTags';
import { SanitizedHtml } from '../../posts/components/SanitizedHtml';

/** The secretariat's business-climate notes in the reader's language (the API's sanitized HTML only). */
export function CountryNotes({ profile }: { profile: CountryProfileDto }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage;
  const reader = readerLanguage(language);
  const [chosen, setChosen] = useState<Locale | null>(null);
  const both = Boolean(profile.notesHtmlEn?.trim() && profile.notesHtmlZh?.trim());
  const shown = pickLocalized(profile.notesHtmlEn, profile.notesHtmlZh, chosen && both ? chosen : reader);

  if (!shown)
    return (
      <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('countries.notes.empty')} data-testid="notes-empty" />
    );

  return (
    <Flex vertical gap={12}>
      {both || shown.fallback ? (
        <Flex gap={8} align="center" wrap>
          {both ? (
            <Segmented
              size="small"
              aria-label={t('countries.readIn')}
              value={shown.language}
              onChange={(value: Locale) => setChosen(value)}
              options={[
                { value: 'en', label: t('posts.language.en') },
                { value: 'zh', label: t('posts.language.zh') },
              ]}
            />
          ) : null}
          {shown.fallback ? <LanguageMarker language={shown.language} /> : null}
        </Flex>
      ) : null}
      <SanitizedHtml html={shown.text} lang={htmlLang(shown.language)} testId="country-notes" />
      {profile.notesUpdatedAt ? (
        <Typography.Text type="secondary" style={{ fontSize: 13 }}>
          {t('countries.notes.updatedAt', { date: formatDate(profile.notesUpdatedAt, language) })}
        </Typography.Text>
      ) : null}
    </Flex>
  );
}
