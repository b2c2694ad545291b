import { FINANCING_AUDIENCES, FINANCING_LIMITS, type FinancingAudience } from '@alliance/contracts';
import { Alert, Card, Form, Radio, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { pickName } from '../../../../lib/names';
import { useOrganizations } from '../../../organizations/api';
import type { RequestFormValues } from './requestForm';
import { requiredToSubmit, type MustComplete } from './rules';

interface Props {
  /** After submission the audience is fixed and the institutions already asked stay asked. */
  submitted: boolean;
  /** The institutions the request was shared with (named audience), which cannot be taken off. */
  locked: readonly string[];
  mustComplete: MustComplete;
}

/** The alliance has a few dozen financial partners at most: one page lists them all. */
const INSTITUTIONS_LIMIT = 100;

/** Every financial partner of the alliance, or the institutions the requester names. */
export function RequestAudienceFields({ submitted, locked, mustComplete }: Props) {
  const { t, i18n } = useTranslation();
  const form = Form.useFormInstance<RequestFormValues>();
  const audience = Form.useWatch('audience', form) as FinancingAudience | undefined;
  // Anyone but the secretariat sees active organizations only: exactly those that can be named.
  const institutions = useOrganizations(
    { type: 'financial_institution', limit: INSTITUTIONS_LIMIT },
    { enabled: audience === 'named' },
  );
  const options = (institutions.data?.items ?? []).map((organization) => ({
    value: organization.id,
    label: pickName(organization, i18n.resolvedLanguage),
    disabled: locked.includes(organization.id),
  }));

  return (
    <Card title={t('financing.fields.audience')} style={{ marginBottom: 24 }}>
      {submitted ? (
        <Alert type="info" showIcon style={{ marginBottom: 16 }} title={t('financing.requests.form.audienceFixed')} />
      ) : null}
      <Form.Item name="audience" style={{ marginBottom: audience === 'named' ? 16 : 0 }}>
        <Radio.Group disabled={submitted} data-testid="field-audience">
          {FINANCING_AUDIENCES.map((value) => (
            <Radio key={value} value={value} data-testid={`audience-${value}`}>
              {t(`financing.audience.${value}`)}
            </Radio>
          ))}
        </Radio.Group>
      </Form.Item>
      {audience === 'named' ? (
        <Form.Item
          name="institutionIds"
          label={t('financing.fields.institutionIds')}
          extra={t('financing.requests.form.institutionsHint', { max: FINANCING_LIMITS.namedInstitutions })}
          // Taking an institution off after submission is refused by the API: the ones asked stay.
          normalize={(value: string[]) => [...locked.filter((id) => !value.includes(id)), ...value]}
          rules={[requiredToSubmit(mustComplete, t('financing.requests.form.institutionsRequired'))]}
          style={{ marginBottom: 0 }}
        >
          <Select
            mode="multiple"
            maxCount={FINANCING_LIMITS.namedInstitutions}
            showSearch={{ optionFilterProp: 'label' }}
            loading={institutions.isFetching}
            options={options}
            placeholder={t('financing.requests.form.institutionsPlaceholder')}
            data-testid="field-institutions"
          />
        </Form.Item>
      ) : null}
    </Card>
  );
}
