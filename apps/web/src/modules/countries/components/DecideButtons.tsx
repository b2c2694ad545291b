import type { CountryRatingDto } from '@alliance/contracts';
import { CheckOutlined, CloseOutlined } from '@ant-design/icons';
import { App, Button, Flex } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorToast } from '../../../components/useErrorToast';
import { countryName, formatDate } from '../../../lib/names';
import { useDecideRating } from '../api';
import { RejectRatingModal } from './RejectRatingModal';

/** Publish or reject a proposal: exactly the actions the API offers this reader (never its proposer). */
export function DecideButtons({ rating }: { rating: CountryRatingDto }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage;
  const { modal, message } = App.useApp();
  const showError = useErrorToast();
  const decide = useDecideRating();
  const [rejecting, setRejecting] = useState(false);
  if (rating.actions.length === 0) return null;

  const country = countryName(rating.country, language);
  const publish = () =>
    modal.confirm({
      title: t('countries.decide.publish.title', { country }),
      content: t('countries.decide.publish.text', {
        country,
        grade: t('countries.grade.badge', { grade: rating.grade, name: t(`countries.grade.${rating.grade}`) }),
        outlook: t(`countries.outlook.${rating.outlook}`),
        date: formatDate(rating.effectiveOn, language),
      }),
      okText: t('countries.decide.publish.ok'),
      cancelText: t('common.cancel'),
      onOk: () =>
        decide
          .mutateAsync({ id: rating.id, decision: { action: 'publish' } })
          .then(() => void message.success(t('countries.decide.publish.done', { country })))
          .catch(showError),
    });

  return (
    <Flex gap={8} wrap>
      {rating.actions.includes('publish') ? (
        <Button type="primary" icon={<CheckOutlined />} onClick={publish} data-testid={`publish-${rating.id}`}>
          {t('countries.decide.publish.button')}
        </Button>
      ) : null}
      {rating.actions.includes('reject') ? (
        <Button danger icon={<CloseOutlined />} onClick={() => setRejecting(true)} data-testid={`reject-${rating.id}`}>
          {t('countries.decide.reject.button')}
        </Button>
      ) : null}
      {rejecting ? (
        <RejectRatingModal
          pending={decide.isPending}
          error={decide.error}
          onClose={() => {
            decide.reset();
            setRejecting(false);
          }}
          onReject={(reason) =>
            decide.mutate(
              { id: rating.id, decision: { action: 'reject', reason } },
              {
                onSuccess: () => {
                  void message.success(t('countries.decide.reject.done'));
                  setRejecting(false);
                },
              },
            )
          }
        />
      ) : null}
    </Flex>
  );
}
