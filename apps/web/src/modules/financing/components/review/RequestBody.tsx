import { type FinancingRequestDto, pickLocalized, readerLanguage } from '@alliance/contracts';
import { Flex } from 'antd';
import { useTranslation } from 'react-i18next';
import { RequestTextSection } from '../RequestTextSection';

/** The purpose and the description in the reader's language, each falling back to the other (and marked so). */
export function RequestBody({ request }: { request: FinancingRequestDto }) {
  const { t, i18n } = useTranslation();
  const reader = readerLanguage(i18n.resolvedLanguage);
  const purpose = pickLocalized(request.purposeEn, request.purposeZh, reader);
  const description = pickLocalized(request.descriptionEn, request.descriptionZh, reader);

  return (
    <Flex vertical gap={16} data-testid="request-details">
      <RequestTextSection
        heading={t('financing.reviews.details.purpose')}
        text={purpose}
        data-testid="request-purpose"
        empty="—"
      />
      <RequestTextSection
        heading={t('financing.reviews.details.description')}
        text={description}
        data-testid="request-description"
        empty={t('financing.reviews.details.noDescription')}
      />
    </Flex>
  );
}
