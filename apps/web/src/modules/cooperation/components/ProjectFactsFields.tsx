import {
  COOPERATION_AUDIENCES,
  COOPERATION_LIMITS,
  COOPERATION_PROJECT_KINDS,
  type CooperationProjectDto,
} from '@alliance/contracts';
import { Card, Col, DatePicker, Form, Input, Radio, Row, Select, type FormRule } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { CountrySelect } from '../../../components/CountrySelect';
import { SectorSelect } from '../../../components/SectorSelect';
import { keepEnterInPicker } from '../../../lib/forms';
import { pickName } from '../../../lib/names';
import { formatMoney } from '../../financing/format';
import { amountProblem, compareAmounts, normalizeAmount, parseAmount } from '../../financing/money';
import { useOrganizationParks } from '../../organizations/api';
import type { ProjectFormValues } from '../projectForm';

interface Props {
  /** The owner's organization: only its parks can be named. */
  organizationId: string | undefined;
  /** The park the project names now, shown by name even before the list has loaded. */
  currentPark: CooperationProjectDto['park'] | undefined;
}

const PARKS_LIMIT = 100;

/** What kind of project, who reads it, where, in which sectors, how large and until when. */
export function ProjectFactsFields({ organizationId, currentPark }: Props) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage;
  const form = Form.useFormInstance<ProjectFormValues>();
  const size = Form.useWatch('sizeUsd', form);
  const parks = useOrganizationParks(organizationId, 1, PARKS_LIMIT);
  const parkOptions = (parks.data?.items ?? []).map((park) => ({ value: park.id, label: pickName(park, language) }));
  if (currentPark && !parkOptions.some((option) => option.value === currentPark.id))
    parkOptions.unshift({ value: currentPark.id, label: pickName(currentPark, language) });
  const sizePreview = size && !amountProblem(size) ? formatMoney(normalizeAmount(size), 'USD') : null;

  const sizeRule: FormRule = {
    validator: (_, value: string | null) => {
      const problem = amountProblem(value);
      if (problem) return Promise.reject(new Error(t(`cooperation.form.sizeProblem.${problem}`)));
      const amount = parseAmount(value);
      return amount && compareAmounts(amount, COOPERATION_LIMITS.maxUsd) > 0
        ? Promise.reject(new Error(t('cooperation.form.sizeProblem.tooLarge')))
        : Promise.resolve();
    },
  };

  return (
    <Card title={t('cooperation.form.sections.about')} style={{ marginBottom: 24 }}>
      <Row gutter={[24, 0]}>
        <Col xs={24} lg={12}>
          <Form.Item
            name="kind"
            label={t('cooperation.fields.kind')}
            rules={[{ required: true, message: t('cooperation.form.kindRequired') }]}
          >
            <Select
              placeholder={t('cooperation.form.kindPlaceholder')}
              options={COOPERATION_PROJECT_KINDS.map((value) => ({ value, label: t(`cooperation.kind.${value}`) }))}
              data-testid="field-kind"
            />
          </Form.Item>
        </Col>
        <Col xs={24} lg={12}>
          <Form.Item
            name="audience"
            label={t('cooperation.fields.audience')}
            extra={t('cooperation.form.audienceHint')}
          >
            <Radio.Group
              optionType="button"
              options={COOPERATION_AUDIENCES.map((value) => ({ value, label: t(`cooperation.audience.${value}`) }))}
              data-testid="field-audience"
            />
          </Form.Item>
        </Col>
        <Col xs={24} lg={12}>
          <Form.Item
            name="country"
            label={t('cooperation.fields.country')}
            rules={[{ required: true, message: t('cooperation.form.countryRequired') }]}
          >
            <CountrySelect placeholder={t('cooperation.form.countryPlaceholder')} data-testid="field-country" />
          </Form.Item>
        </Col>
        <Col xs={24} lg={12}>
          <Form.Item name="parkId" label={t('cooperation.fields.park')} extra={t('cooperation.form.parkHint')}>
            <Select
              allowClear
              showSearch={{ optionFilterProp: 'label' }}
              loading={parks.isFetching}
              options={parkOptions}
              placeholder={t('cooperation.form.parkPlaceholder')}
              notFoundContent={t('cooperation.form.noParks')}
              data-testid="field-park"
            />
          </Form.Item>
        </Col>
        <Col xs={24}>
          <Form.Item
            name="sectors"
            label={t('cooperation.fields.sectors')}
            extra={t('cooperation.form.sectorsHint', { max: COOPERATION_LIMITS.sectors })}
            rules={[
              { required: true, type: 'array', min: 1, message: t('errors.cooperation.PROJECT_SECTOR_REQUIRED') },
            ]}
          >
            <SectorSelect
              mode="multiple"
              maxCount={COOPERATION_LIMITS.sectors}
              placeholder={t('cooperation.form.sectorsPlaceholder')}
              data-testid="field-sectors"
            />
          </Form.Item>
        </Col>
        <Col xs={24} lg={12}>
          <Form.Item
            name="sizeUsd"
            label={t('cooperation.fields.sizeUsd')}
            extra={sizePreview ?? t('cooperation.form.sizeHint')}
            rules={[sizeRule]}
          >
            <Input
              inputMode="decimal"
              autoComplete="off"
              prefix="USD"
              placeholder="25000000.00"
              data-testid="field-size"
            />
          </Form.Item>
        </Col>
        <Col xs={24} lg={12}>
          <Form.Item
            name="deadline"
            label={t('cooperation.fields.deadline')}
            extra={t('cooperation.form.deadlineHint')}
          >
            <DatePicker
              style={{ width: '100%' }}
              disabledDate={(day) => day.isBefore(dayjs(), 'day')}
              onKeyDown={keepEnterInPicker}
              data-testid="field-deadline"
            />
          </Form.Item>
        </Col>
      </Row>
    </Card>
  );
}
