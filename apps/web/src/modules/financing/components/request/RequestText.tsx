import { type FinancingRequestDto, type Locale, pickLocalized, readerLanguage } from '@alliance/contracts';
import { Flex, Segmented } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RequestTextSection } from '../RequestTextSection';

/** Whether the request has its purpose or description in both languages: only then can the reader switch. */
function bilingual(request: FinancingRequestDto): boolean {
  const has = (value: string | null) => Boolean(value?.trim());
  return (
    (has(request.purposeEn) || has(request.descriptionEn)) && (has(request.purposeZh) || has(request.descriptionZh))
  );
}

/**
 * The purpose and the description in the reader's language, each falling back to the other
 * (and marked so); a switch reads the other version when the request has both.
 */
export function RequestText({ request }: { request: FinancingRequestDto }) {
  const { t, i18n } = useTranslation();
  const reader = readerLanguage(i18n.resolvedLanguage);
  const [chosen, setChosen] = useState<Locale | null>(null);
  const both = bilingual(request);
  const language = both && chosen ? chosen : reader;
  const purpose = pickLocalized(request.purposeEn, request.purposeZh, language);
  const description = pickLocalized(request.descriptionEn, request.descriptionZh, language);

  return (
    <Flex vertical gap={16}>
      {both ? (
        <Segmented
          aria-label={t('financing.requests.detail.readIn')}
          value={language}
          onChange={(value: Locale) => setChosen(value)}
          options={[
            { value: 'en', label: t('financing.requests.language.en') },
            { value: 'zh', label: t('financing.requests.language.zh') },
          ]}
          style={{ alignSelf: 'flex-start' }}
        />
      ) : null}
      <RequestTextSection
        heading={t('financing.requests.detail.purpose')}
        text={purpose}
        data-testid="request-purpose"
        empty={t('financing.requests.detail.noPurpose')}
      />
      <RequestTextSection
        heading={t('financing.requests.detail.description')}
        text={description}
        data-testid="request-description"
      />
    </Flex>
  );
}
