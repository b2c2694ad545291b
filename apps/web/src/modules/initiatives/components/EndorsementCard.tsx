import { htmlLang, pickLocalized, readerLanguage, type InitiativeDto } from '@alliance/contracts';
import { CheckCircleOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, Form, Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorToast } from '../../../components/useErrorToast';
import { formatDate, useLocalizedName } from '../../../lib/names';
import { useMe } from '../../auth/api';
import { useInitiativeCommand } from '../api';

type Mine = NonNullable<InitiativeDto['mine']>;

/**
 * The reader's organization's side of an initiative: its endorsement (signed by an admin, withdrawn
 * while open), a colleague's pending proposal that an admin signs or declines, or a member's proposal.
 */
export function EndorsementCard({ initiative, mine }: { initiative: InitiativeDto; mine: Mine }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage;
  const reader = readerLanguage(language);
  const name = useLocalizedName();
  const { data: me } = useMe();
  const command = useInitiativeCommand(initiative.id);
  const toast = useErrorToast();
  const [form] = Form.useForm<{ statementEn?: string; statementZh?: string }>();
  const [withdrawing, setWithdrawing] = useState(false);
  const [reason, setReason] = useState('');
  const [note, setNote] = useState('');
  const organization = me ? name(me.organization) : '';
  const can = (action: Mine['actions'][number]) => mine.actions.includes(action);
  const endorsed = mine.endorsement?.status === 'endorsed' ? mine.endorsement : null;
  const statement = endorsed ? pickLocalized(endorsed.statementEn, endorsed.statementZh, reader) : null;

  const endorse = (values: { statementEn?: string; statementZh?: string }) =>
    command.mutate(
      {
        action: 'endorsement',
        body: { statementEn: values.statementEn || null, statementZh: values.statementZh || null },
      },
      { onError: toast, onSuccess: () => form.resetFields() },
    );

  return (
    <Card
      data-testid="endorsement-card"
      title={
        <Typography.Title level={2} style={{ fontSize: 16, margin: 0 }}>
          {t('initiatives.endorsement.title', { organization })}
        </Typography.Title>
      }
    >
      <Flex vertical gap={16}>
        {endorsed ? (
          <Alert
            type="success"
            showIcon
            icon={<CheckCircleOutlined />}
            data-testid="endorsed"
            title={t('initiatives.endorsement.endorsed', {
              date: formatDate(endorsed.endorsedAt, language),
              name: endorsed.signedByName ?? '—',
            })}
            description={statement ? <span lang={htmlLang(statement.language)}>{statement.text}</span> : undefined}
          />
        ) : mine.endorsement?.status === 'withdrawn' ? (
          <Alert type="info" showIcon title={t('initiatives.endorsement.withdrawn')} />
        ) : null}

        {mine.proposal ? (
          <Alert
            type="warning"
            showIcon
            data-testid="pending-proposal"
            title={t('initiatives.endorsement.proposed', {
              name: mine.proposal.proposedByName ?? '—',
              date: formatDate(mine.proposal.createdAt, language),
            })}
            description={
              mine.proposal.note ??
              (can('sign') ? t('initiatives.endorsement.signOrDecline') : t('initiatives.endorsement.waiting'))
            }
          />
        ) : null}

        {can('endorse') ? (
          <Form form={form} layout="vertical" onFinish={endorse} data-testid="endorse-form">
            <Typography.Paragraph type="secondary">
              {t('initiatives.endorsement.asRepresentative')}
            </Typography.Paragraph>
            <Form.Item name="statementZh" label={t('initiatives.endorsement.statementZh')}>
              <Input.TextArea rows={2} maxLength={2000} lang="zh-CN" data-testid="statement-zh" />
            </Form.Item>
            <Form.Item name="statementEn" label={t('initiatives.endorsement.statementEn')}>
              <Input.TextArea rows={2} maxLength={2000} lang="en" data-testid="statement-en" />
            </Form.Item>
            <Flex gap={8} wrap>
              <Button
                type="primary"
                htmlType="submit"
                loading={command.isPending}
                // The organization's long name wraps inside the card instead of running out of it.
                style={{ whiteSpace: 'normal', height: 'auto', minHeight: 32 }}
                data-testid="endorse-button"
              >
                {t('initiatives.endorsement.endorse', { organization })}
              </Button>
              {can('decline') ? (
                <Button
                  onClick={() => command.mutate({ action: 'proposal/decline', body: {} }, { onError: toast })}
                  data-testid="decline-proposal"
                >
                  {t('initiatives.endorsement.decline')}
                </Button>
              ) : null}
            </Flex>
          </Form>
        ) : null}

        {can('withdraw') ? (
          <div>
            <Button danger onClick={() => setWithdrawing(true)} data-testid="withdraw-endorsement">
              {t('initiatives.endorsement.withdraw')}
            </Button>
            <Modal
              open={withdrawing}
              title={t('initiatives.endorsement.withdrawTitle')}
              okText={t('initiatives.endorsement.withdraw')}
              cancelText={t('common.cancel')}
              okButtonProps={{ danger: true, loading: command.isPending }}
              onCancel={() => setWithdrawing(false)}
              onOk={() =>
                command.mutate(
                  { action: 'endorsement/withdraw', body: { reason: reason || null } },
                  { onError: toast, onSuccess: () => setWithdrawing(false) },
                )
              }
            >
              <Typography.Paragraph type="secondary">{t('initiatives.endorsement.reasonHelp')}</Typography.Paragraph>
              <Input.TextArea
                rows={3}
                maxLength={1000}
                value={reason}
                onChange={(e) => setReason(e.target.value)}
                aria-label={t('initiatives.endorsement.reason')}
              />
            </Modal>
          </div>
        ) : null}

        {can('propose') ? (
          <Flex vertical gap={8}>
            <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
              {t('initiatives.endorsement.proposeHelp')}
            </Typography.Paragraph>
            <Input.TextArea
              rows={2}
              maxLength={1000}
              value={note}
              onChange={(e) => setNote(e.target.value)}
              aria-label={t('initiatives.endorsement.note')}
              placeholder={t('initiatives.endorsement.note')}
            />
            <div>
              <Button
                type="primary"
                loading={command.isPending}
                onClick={() =>
                  command.mutate(
                    { action: 'proposal', body: { note: note || null } },
                    { onError: toast, onSuccess: () => setNote('') },
                  )
                }
                data-testid="propose-endorsement"
              >
                {t('initiatives.endorsement.propose', { organization })}
              </Button>
            </div>
          </Flex>
        ) : null}

        {mine.actions.length === 0 && !endorsed && !mine.proposal ? (
          <Typography.Text type="secondary">
            {initiative.status === 'open_for_endorsement'
              ? t('initiatives.endorsement.notActive')
              : t('initiatives.endorsement.notOpen')}
          </Typography.Text>
        ) : null}
      </Flex>
    </Card>
  );
}
