import { FINANCING_LIMITS, type FinancingOrgRef } from '@alliance/contracts';
import { Card, Col, Form, Input, InputNumber, Row, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { CountrySelect } from '../../../../components/CountrySelect';
import { SectorSelect } from '../../../../components/SectorSelect';
import { pickName } from '../../../../lib/names';
import { useOrganizationParks } from '../../../organizations/api';
import { formatMoney } from '../../format';
import { amountProblem, normalizeAmount } from '../../money';
import { CurrencySelect } from '../CurrencySelect';
import { InstrumentSelect } from '../FinancingSelects';
import type { RequestFormValues } from './requestForm';
import { amountRule, requiredToSubmit, type MustComplete } from './rules';

interface Props {
  /** The requester's organization: only its parks can be named. */
  organizationId: string | undefined;
  /** The park the request names now, shown by name even before the list has loaded. */
  currentPark: FinancingOrgRef | null | undefined;
  mustComplete: MustComplete;
  /** A submitted request keeps its required fields: the draft hint no longer applies. */
  submitted: boolean;
}

/** An organization runs a handful of parks: one page of them is the whole list. */
const PARKS_LIMIT = 100;

/** Which park, what kind of finance, how much, for how long, where and in which sector. */
export function RequestTermsFields({ organizationId, currentPark, mustComplete, submitted }: Props) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage;
  const form = Form.useFormInstance<RequestFormValues>();
  const amount = Form.useWatch('amount', form);
  const currency = Form.useWatch('currency', form);
  const parks = useOrganizationParks(organizationId, 1, PARKS_LIMIT);
  const required = (message: string) => requiredToSubmit(mustComplete, message);
  const requiredMessage = t('financing.requests.form.requiredToSubmit');

  const parkOptions = (parks.data?.items ?? []).map((park) => ({ value: park.id, label: pickName(park, language) }));
  if (currentPark && !parkOptions.some((option) => option.value === currentPark.id)) {
    parkOptions.unshift({ value: currentPark.id, label: pickName(currentPark, language) });
  }
  const amountPreview = amount && !amountProblem(amount) ? formatMoney(normalizeAmount(amount), currency) : null;

  return (
    <Card
      title={t('financing.requests.form.sections.terms')}
      extra={submitted ? undefined : t('financing.requests.form.draftHint')}
      style={{ marginBottom: 24 }}
    >
      <Row gutter={24}>
        <Col xs={24} lg={12}>
          <Form.Item name="parkId" label={t('financing.fields.parkId')} rules={[required(requiredMessage)]}>
            <Select
              allowClear
              showSearch={{ optionFilterProp: 'label' }}
              loading={parks.isFetching}
              options={parkOptions}
              placeholder={t('financing.requests.form.parkPlaceholder')}
              notFoundContent={t('financing.requests.form.noParks')}
              data-testid="field-park"
            />
          </Form.Item>
        </Col>
        <Col xs={24} lg={12}>
          <Form.Item name="instrument" label={t('financing.fields.instrument')} rules={[required(requiredMessage)]}>
            <InstrumentSelect
              allowClear
              placeholder={t('financing.requests.form.instrumentPlaceholder')}
              data-testid="field-instrument"
            />
          </Form.Item>
        </Col>
        <Col xs={24} sm={15} lg={8}>
          <Form.Item
            name="amount"
            label={t('financing.fields.amount')}
            extra={amountPreview ?? t('financing.requests.form.amountHint')}
            rules={[required(requiredMessage), amountRule(t)]}
          >
            <Input inputMode="decimal" autoComplete="off" placeholder="18500000.00" data-testid="field-amount" />
          </Form.Item>
        </Col>
        <Col xs={24} sm={9} lg={4}>
          <Form.Item name="currency" label={t('financing.fields.currency')} rules={[required(requiredMessage)]}>
            <CurrencySelect
              allowClear
              placeholder={t('financing.requests.form.currencyPlaceholder')}
              data-testid="field-currency"
            />
          </Form.Item>
        </Col>
        <Col xs={24} lg={12}>
          <Form.Item
            name="tenorMonths"
            label={t('financing.fields.tenorMonths')}
            rules={[
              required(requiredMessage),
              {
                type: 'integer',
                min: 1,
                max: FINANCING_LIMITS.maxTenorMonths,
                message: t('financing.requests.form.tenorRange', { max: FINANCING_LIMITS.maxTenorMonths }),
              },
            ]}
          >
            <InputNumber
              min={1}
              max={FINANCING_LIMITS.maxTenorMonths}
              precision={0}
              style={{ width: '100%' }}
              data-testid="field-tenor"
            />
          </Form.Item>
        </Col>
        <Col xs={24} lg={12}>
          <Form.Item name="country" label={t('financing.fields.country')} rules={[required(requiredMessage)]}>
            <CountrySelect
              allowClear
              placeholder={t('financing.requests.form.countryPlaceholder')}
              data-testid="field-country"
            />
          </Form.Item>
        </Col>
        <Col xs={24} lg={12}>
          <Form.Item name="sector" label={t('financing.fields.sector')} rules={[required(requiredMessage)]}>
            <SectorSelect
              allowClear
              placeholder={t('financing.requests.form.sectorPlaceholder')}
              data-testid="field-sector"
            />
          </Form.Item>
        </Col>
      </Row>
    </Card>
  );
}
