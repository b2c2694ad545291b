import { FINANCING_LIMITS, type FinancingReviewDetailDto } from '@alliance/contracts';
import { SafetyCertificateOutlined, StopOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Flex, Form, Input, Popconfirm, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDate, pickName } from '../../../../lib/names';
import { CommandError, type ReviewCommandMutation } from './CommandError';
import './review.css';

interface Props {
  detail: FinancingReviewDetailDto;
  command: ReviewCommandMutation;
  /** Reads the review again once the declaration is made (see ReviewPage: its version may be stale). */
  onDeclared: () => void;
}

/**
 * Before reading a request, each reviewer declares whether they have a conflict of interest with
 * it. Declaring none opens the request to them; declaring one keeps it closed to them for good.
 */
export function DeclarationCard({ detail, command, onDeclared }: Props) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ note: string }>();
  const requester = pickName(detail.request.organization, i18n.resolvedLanguage);

  const declare = (conflict: boolean) => {
    const note = (form.getFieldValue('note') as string | undefined)?.trim();
    command.mutate(
      { action: 'declaration', body: { conflict, note: note || null } },
      {
        onSuccess: () => {
          void message.success(
            t(conflict ? 'financing.reviews.declaration.conflictDone' : 'financing.reviews.declaration.clearDone'),
          );
          onDeclared();
        },
      },
    );
  };

  return (
    <Card
      title={
        <span>
          <SafetyCertificateOutlined /> {t('financing.reviews.declaration.title')}
        </span>
      }
      data-testid="declaration-form"
    >
      <Typography.Paragraph>{t('financing.reviews.declaration.intro', { requester })}</Typography.Paragraph>
      <ul className="review-declaration-list">
        <li>{t('financing.reviews.declaration.point1')}</li>
        <li>{t('financing.reviews.declaration.point2')}</li>
        <li>{t('financing.reviews.declaration.point3')}</li>
      </ul>
      <Typography.Paragraph type="secondary">{t('financing.reviews.declaration.final')}</Typography.Paragraph>
      <CommandError command={command} action="declaration" />
      <Form form={form} layout="vertical" name="declaration" initialValues={{ note: '' }} disabled={command.isPending}>
        <Form.Item
          name="note"
          label={t('financing.reviews.declaration.note')}
          extra={t('financing.reviews.declaration.noteHint')}
        >
          <Input.TextArea rows={2} maxLength={FINANCING_LIMITS.reasonLength} showCount data-testid="declaration-note" />
        </Form.Item>
      </Form>
      <Flex gap={12} wrap>
        <Button
          type="primary"
          icon={<SafetyCertificateOutlined />}
          loading={command.isPending && command.variables?.action === 'declaration'}
          onClick={() => declare(false)}
          data-testid="confirm-no-conflict"
        >
          {t('financing.reviews.declaration.noConflict')}
        </Button>
        <Popconfirm
          title={t('financing.reviews.declaration.conflictConfirmTitle')}
          description={<div style={{ maxWidth: 320 }}>{t('financing.reviews.declaration.conflictConfirmText')}</div>}
          okText={t('financing.reviews.declaration.conflictOk')}
          okButtonProps={{ danger: true }}
          cancelText={t('common.cancel')}
          onConfirm={() => declare(true)}
        >
          <Button danger icon={<StopOutlined />} disabled={command.isPending} data-testid="declare-conflict">
            {t('financing.reviews.declaration.conflict')}
          </Button>
        </Popconfirm>
      </Flex>
    </Card>
  );
}

/** The reader declared a conflict of interest: the request stays closed to them, a colleague can act. */
export function DeclaredConflict({ declaredAt }: { declaredAt: string | null }) {
  const { t, i18n } = useTranslation();
  return (
    <Alert
      type="warning"
      showIcon
      icon={<StopOutlined />}
      title={t('financing.reviews.declaration.declaredTitle')}
      description={t('financing.reviews.declaration.declaredText', {
        date: formatDate(declaredAt, i18n.resolvedLanguage, true),
      })}
      data-testid="declared-conflict"
    />
  );
}

/** The review closed before anyone at the institution opened it: there is nothing left to declare on. */
export function ClosedUnopened({ detail }: { detail: FinancingReviewDetailDto }) {
  const { t } = useTranslation();
  const reason = detail.review.closeReason;
  return (
    <Alert
      type="info"
      showIcon
      title={t('financing.reviews.outcome.closedUnopened')}
      description={reason ? t(`financing.closeReason.${reason}`) : undefined}
      data-testid="review-closed-unopened"
    />
  );
}
