import { FINANCING_REVIEW_OPEN, type FinancingRequestDto } from '@alliance/contracts';
import { CheckOutlined } from '@ant-design/icons';
import { App, Button, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useErrorToast } from '../../../../components/useErrorToast';
import { pickName } from '../../../../lib/names';
import { useRequestCommand } from '../../api';
import { formatMoney, formatRate } from '../../format';
import type { OfferColumn } from './offerComparison';

/** Accepting is final: the confirmation names the offer and warns that every other review closes. */
export function AcceptOfferButton({ request, column }: { request: FinancingRequestDto; column: OfferColumn }) {
  const { t, i18n } = useTranslation();
  const { message, modal } = App.useApp();
  const toast = useErrorToast();
  const command = useRequestCommand(request.id);
  const { review, offer } = column;
  const institution = pickName(review.institution, i18n.resolvedLanguage);
  const others = request.reviews.filter(
    (other) => other.id !== review.id && FINANCING_REVIEW_OPEN.includes(other.status),
  ).length;

  const confirm = () =>
    void modal.confirm({
      title: t('financing.requests.accept.title', { institution }),
      content: (
        <>
          <Typography.Paragraph>
            {t('financing.requests.accept.terms', {
              amount: formatMoney(offer.amount, offer.currency),
              rate: `${t(`financing.rateKind.${offer.rateKind}`)} ${formatRate(offer.ratePercent)}`,
              tenor: t('financing.tenor', { count: offer.tenorMonths }),
            })}
          </Typography.Paragraph>
          <Typography.Paragraph type="warning" style={{ marginBottom: 0 }}>
            {others > 0
              ? t('financing.requests.accept.othersClose', { count: others })
              : t('financing.requests.accept.final')}
          </Typography.Paragraph>
        </>
      ),
      okText: t('financing.requests.accept.ok'),
      cancelText: t('common.cancel'),
      okButtonProps: { ...{ 'data-testid': 'confirm-accept' } },
      onOk: () =>
        command
          .mutateAsync({ action: 'accept', offerId: offer.id, version: request.version })
          .then(() => void message.success(t('financing.requests.accept.done', { institution })), toast),
    });

  return (
    <Button
      type="primary"
      icon={<CheckOutlined />}
      onClick={confirm}
      loading={command.isPending}
      data-testid={`accept-offer-${review.institution.id}`}
    >
      {t('financing.requests.accept.button')}
    </Button>
  );
}
