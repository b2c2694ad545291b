import type { FinancingReviewDetailDto } from '@alliance/contracts';
import { SendOutlined } from '@ant-design/icons';
import { Alert, App, Button, Flex, Popconfirm } from 'antd';
import { useTranslation } from 'react-i18next';
import { CommandError, type ReviewCommandMutation } from './CommandError';
import { releaseWaiting } from './releaseWaiting';

interface Props {
  detail: FinancingReviewDetailDto;
  command: ReviewCommandMutation;
  isAdmin: boolean;
}

/**
 * The checker's step on a prepared offer: an admin of the institution who did not prepare it
 * releases it to the requester. Everyone else is told whom it waits for.
 */
export function ReleaseOffer({ detail, command, isAdmin }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const waiting = releaseWaiting(detail, isAdmin);
  const canRelease = detail.actions.includes('release_offer');

  const release = () =>
    command.mutate(
      { action: 'offer/release', body: { version: detail.review.version } },
      { onSuccess: () => void message.success(t('financing.reviews.release.done')) },
    );

  return (
    <Flex vertical gap={8}>
      <CommandError command={command} action="offer/release" />
      {waiting ? (
        <Alert
          type={waiting === 'expired' || waiting === 'noReleaser' ? 'warning' : 'info'}
          showIcon
          title={t(`financing.reviews.release.waiting.${waiting}`)}
          data-testid="release-note"
          data-waiting={waiting}
        />
      ) : null}
      {canRelease ? (
        <Popconfirm
          title={t('financing.reviews.release.confirmTitle')}
          description={<div style={{ maxWidth: 320 }}>{t('financing.reviews.release.confirmText')}</div>}
          okText={t('financing.reviews.release.ok')}
          cancelText={t('common.cancel')}
          onConfirm={release}
          disabled={waiting === 'expired'}
        >
          <Button
            type="primary"
            icon={<SendOutlined />}
            loading={command.isPending}
            disabled={waiting === 'expired'}
            data-testid="release-offer"
          >
            {t('financing.reviews.release.button')}
          </Button>
        </Popconfirm>
      ) : null}
    </Flex>
  );
}
