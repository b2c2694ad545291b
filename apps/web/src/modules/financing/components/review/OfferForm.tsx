import {
  FINANCING_LIMITS,
  FINANCING_RATE_KINDS,
  type FinancingOfferDto,
  type FinancingRequestSummaryDto,
} from '@alliance/contracts';
import {
  App,
  Button,
  Col,
  DatePicker,
  Flex,
  Form,
  Input,
  InputNumber,
  Row,
  Segmented,
  Typography,
  type FormRule,
} from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { applyApiFieldErrors, keepEnterInPicker } from '../../../../lib/forms';
import { isRate, offerAmountProblem, offerFormValues, toOfferTerms, type OfferFormValues } from './offerForm';
import { CurrencySelect } from '../CurrencySelect';
import { CommandError, type ReviewCommandMutation } from './CommandError';

interface Props {
  offer: FinancingOfferDto | null;
  request: FinancingRequestSummaryDto;
  version: number;
  command: ReviewCommandMutation;
  onDone: () => void;
}

/**
 * The maker's form: prepares the offer, or revises one still waiting for release. Nothing
 * reaches the requester until an admin of the institution who did not prepare it releases it.
 */
export function OfferForm({ offer, request, version, command, onDone }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<OfferFormValues>();
  const required = { required: true, message: t('validation.required') };

  const amountRule: FormRule = {
    validator: (_, value: string | null) => {
      const problem = offerAmountProblem(value);
      return problem
        ? Promise.reject(new Error(t(`financing.reviews.offerForm.amountProblem.${problem}`)))
        : Promise.resolve();
    },
  };
  const rateRule: FormRule = {
    validator: (_, value: string | null) =>
      !value?.trim() || isRate(value)
        ? Promise.resolve()
        : Promise.reject(new Error(t('financing.reviews.offerForm.rateProblem'))),
  };

  const submit = (values: OfferFormValues) =>
    command.mutate(
      { action: 'offer', body: { ...toOfferTerms(values), version } },
      {
        onSuccess: () => {
          void message.success(
            t(offer ? 'financing.reviews.offerForm.revised' : 'financing.reviews.offerForm.prepared'),
          );
          onDone();
        },
        onError: (error) => applyApiFieldErrors(form, error, t),
      },
    );

  return (
    <Form<OfferFormValues>
      form={form}
      name="offer"
      layout="vertical"
      initialValues={offerFormValues(offer, request)}
      onFinish={submit}
      disabled={command.isPending}
      data-testid="offer-form"
      requiredMark="optional"
    >
      <Typography.Paragraph type="secondary">{t('financing.reviews.offerForm.explain')}</Typography.Paragraph>
      <CommandError command={command} action="offer" />
      <Row gutter={12}>
        <Col xs={24} sm={15}>
          <Form.Item name="amount" label={t('financing.fields.amount')} rules={[amountRule]} required>
            <Input inputMode="decimal" placeholder="25,000,000.00" data-testid="offer-amount" />
          </Form.Item>
        </Col>
        <Col xs={24} sm={9}>
          <Form.Item name="currency" label={t('financing.fields.currency')} rules={[required]}>
            <CurrencySelect aria-label={t('financing.fields.currency')} data-testid="offer-currency" />
          </Form.Item>
        </Col>
        <Col span={24}>
          <Form.Item name="rateKind" label={t('financing.reviews.offerForm.rateKind')} rules={[required]}>
            <Segmented
              block
              options={FINANCING_RATE_KINDS.map((kind) => ({ value: kind, label: t(`financing.rateKind.${kind}`) }))}
            />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item
            name="ratePercent"
            label={t('financing.fields.ratePercent')}
            rules={[{ ...required, whitespace: true }, rateRule]}
          >
            <Input inputMode="decimal" suffix="%" placeholder="4.35" data-testid="offer-rate" />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item name="tenorMonths" label={t('financing.fields.tenorMonths')} rules={[required]}>
            <InputNumber
              min={1}
              max={FINANCING_LIMITS.maxTenorMonths}
              precision={0}
              style={{ width: '100%' }}
              data-testid="offer-tenor"
            />
          </Form.Item>
        </Col>
        <Col span={24}>
          <Form.Item
            name="validUntil"
            label={t('financing.fields.validUntil')}
            rules={[required]}
            extra={t('financing.reviews.offerForm.validUntilHint')}
          >
            <DatePicker
              style={{ width: '100%' }}
              format="YYYY-MM-DD"
              disabledDate={(day) => day.isBefore(dayjs(), 'day')}
              data-testid="offer-valid-until"
              onKeyDown={keepEnterInPicker}
            />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item
        name="fees"
        label={t('financing.fields.fees')}
        rules={[{ max: FINANCING_LIMITS.feesLength, message: t('validation.maxLength') }]}
      >
        <Input maxLength={FINANCING_LIMITS.feesLength} placeholder={t('financing.reviews.offerForm.feesPlaceholder')} />
      </Form.Item>
      <Form.Item
        name="conditions"
        label={t('financing.fields.conditions')}
        rules={[{ max: FINANCING_LIMITS.conditionsLength, message: t('validation.maxLength') }]}
      >
        <Input.TextArea
          rows={4}
          maxLength={FINANCING_LIMITS.conditionsLength}
          showCount
          placeholder={t('financing.reviews.offerForm.conditionsPlaceholder')}
        />
      </Form.Item>
      <Flex gap={8} wrap>
        <Button type="primary" htmlType="submit" loading={command.isPending} data-testid="save-offer">
          {t(offer ? 'financing.reviews.offerForm.saveRevision' : 'financing.reviews.offerForm.save')}
        </Button>
        <Button onClick={onDone}>{t('common.cancel')}</Button>
      </Flex>
    </Form>
  );
}
