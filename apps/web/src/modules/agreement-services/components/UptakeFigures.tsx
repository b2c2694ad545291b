import type { ServiceUptakeDto } from '@alliance/contracts';
import { Flex, Statistic } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../../lib/names';

/** Requests, delivered, median days to delivery and average rating, side by side. */
export function UptakeFigures({ uptake, testId }: { uptake: ServiceUptakeDto; testId?: string }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage;
  const none = t('agreementServices.uptake.none');
  return (
    <Flex wrap gap={32} data-testid={testId ?? 'uptake'}>
      <Statistic title={t('agreementServices.uptake.requests')} value={uptake.requests} data-testid="uptake-requests" />
      <Statistic
        title={t('agreementServices.uptake.delivered')}
        value={uptake.delivered}
        data-testid="uptake-delivered"
      />
      <Statistic
        title={t('agreementServices.uptake.medianDays')}
        value={uptake.medianDaysToDelivery === null ? none : formatNumber(uptake.medianDaysToDelivery, language)}
        data-testid="uptake-median"
      />
      <Statistic
        title={t('agreementServices.uptake.averageRating')}
        value={
          uptake.averageRating === null
            ? none
            : t('agreementServices.uptake.ratingOf', {
                rating: formatNumber(uptake.averageRating, language),
                count: uptake.ratings,
              })
        }
        data-testid="uptake-rating"
      />
    </Flex>
  );
}
