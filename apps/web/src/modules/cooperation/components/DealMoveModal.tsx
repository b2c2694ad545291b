import { COOPERATION_LIMITS, type DealDto } from '@alliance/contracts';
import { App, DatePicker, Form, Input, Modal, Typography, type FormRule } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../../components/ApiErrorAlert';
import { applyApiFieldErrors, keepEnterInPicker } from '../../../lib/forms';
import { formatMoney } from '../../financing/format';
import { amountProblem, compareAmounts, normalizeAmount, parseAmount } from '../../financing/money';
import { useMoveDeal } from '../api';
import { toDealMove } from '../projectForm';

interface Values {
  investedUsd: string | null;
  investedOn: dayjs.Dayjs | null;
  reason: string | null;
}

/** The investment made (amount in USD as typed, exact; the date) or the reason the deal was lost. */
export function DealMoveModal({
  deal,
  move,
  onClose,
}: {
  deal: DealDto;
  move: 'investment_made' | 'lost';
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const moveDeal = useMoveDeal();
  const amount = Form.useWatch('investedUsd', form);
  const preview = amount && !amountProblem(amount) ? formatMoney(normalizeAmount(amount), 'USD') : undefined;

  const amountRule: FormRule = {
    validator: (_, value: string | null) => {
      if (!normalizeAmount(value)) return Promise.reject(new Error(t('errors.cooperation.DEAL_INVESTMENT_REQUIRED')));
      const problem = amountProblem(value);
      if (problem) return Promise.reject(new Error(t(`cooperation.form.sizeProblem.${problem}`)));
      const parsed = parseAmount(value);
      return parsed && compareAmounts(parsed, COOPERATION_LIMITS.maxUsd) > 0
        ? Promise.reject(new Error(t('cooperation.form.sizeProblem.tooLarge')))
        : Promise.resolve();
    },
  };

  const submit = (values: Values) =>
    moveDeal.mutate(
      { id: deal.id, move, body: toDealMove(move, values) },
      {
        onSuccess: () => {
          void message.success(t('cooperation.deal.moved', { stage: t(`cooperation.stage.${move}`) }));
          onClose();
        },
        onError: (error) => applyApiFieldErrors(form, error, t),
      },
    );

  return (
    <Modal
      open
      title={t(`cooperation.deal.moves.${move}.title`)}
      okText={t(`cooperation.deal.moves.${move}.ok`)}
      okButtonProps={{ danger: move === 'lost', loading: moveDeal.isPending, ...{ 'data-testid': `confirm-${move}` } }}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">{t(`cooperation.deal.moves.${move}.explain`)}</Typography.Paragraph>
      <ApiErrorAlert error={moveDeal.error} />
      <Form
        form={form}
        name={`deal-${move}`}
        layout="vertical"
        onFinish={submit}
        initialValues={{ investedUsd: null, investedOn: dayjs(), reason: null }}
      >
        {move === 'investment_made' ? (
          <>
            <Form.Item
              name="investedUsd"
              label={t('cooperation.fields.investedUsd')}
              extra={preview}
              rules={[amountRule]}
            >
              <Input
                inputMode="decimal"
                autoComplete="off"
                prefix="USD"
                placeholder="12000000.00"
                data-testid="invested-usd"
              />
            </Form.Item>
            <Form.Item
              name="investedOn"
              label={t('cooperation.fields.investedOn')}
              rules={[{ required: true, message: t('errors.cooperation.DEAL_INVESTMENT_REQUIRED') }]}
            >
              <DatePicker
                style={{ width: '100%' }}
                disabledDate={(day) => day.isAfter(dayjs(), 'day')}
                onKeyDown={keepEnterInPicker}
                data-testid="invested-on"
              />
            </Form.Item>
          </>
        ) : (
          <Form.Item
            name="reason"
            label={t('cooperation.fields.reason')}
            rules={[
              { required: true, whitespace: true, message: t('errors.cooperation.DEAL_LOST_REASON_REQUIRED') },
              { max: COOPERATION_LIMITS.reasonLength, message: t('validation.maxLength') },
            ]}
          >
            <Input.TextArea rows={4} maxLength={COOPERATION_LIMITS.reasonLength} showCount data-testid="lost-reason" />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
