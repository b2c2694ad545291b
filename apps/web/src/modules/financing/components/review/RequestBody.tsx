import type { FinancingRequestDto } from '@alliance/contracts';
import { Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { htmlLang, pickLocalized, readerLanguage } from '../../../posts/localized';
import { ShownInTag } from './ShownInTag';
import './review.css';

/**
 * The purpose and the description in the reader's language, each falling back to the other
 * (and marked so). Plain text: the requester's line breaks are kept, nothing becomes markup.
 */
export function RequestBody({ request }: { request: FinancingRequestDto }) {
  const { t, i18n } = useTranslation();
  const reader = readerLanguage(i18n.resolvedLanguage);
  const purpose = pickLocalized(request.purposeEn, request.purposeZh, reader);
  const description = pickLocalized(request.descriptionEn, request.descriptionZh, reader);

  return (
    <Flex vertical gap={16} data-testid="request-details">
      <section>
        <Typography.Title level={5} style={{ marginTop: 0 }}>
          {t('financing.reviews.details.purpose')} {purpose?.fallback ? <ShownInTag language={purpose.language} /> : null}
        </Typography.Title>
        {purpose ? (
          <Typography.Paragraph className="review-text" lang={htmlLang(purpose.language)} data-testid="request-purpose">
            {purpose.text}
          </Typography.Paragraph>
        ) : (
          <Typography.Text type="secondary">—</Typography.Text>
        )}
      </section>
      <section>
        <Typography.Title level={5} style={{ marginTop: 0 }}>
          {t('financing.reviews.details.description')} {description?.fallback ? <ShownInTag language={description.language} /> : null}
        </Typography.Title>
        {description ? (
          <Typography.Paragraph className="review-text" lang={htmlLang(description.language)} data-testid="request-description">
            {description.text}
          </Typography.Paragraph>
        ) : (
          <Typography.Text type="secondary">{t('financing.reviews.details.noDescription')}</Typography.Text>
        )}
      </section>
    </Flex>
  );
}
