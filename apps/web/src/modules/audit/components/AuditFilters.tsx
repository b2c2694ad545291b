import { AUDIT_ACTIONS, AUDIT_ENTITY_TYPES } from '@alliance/contracts';
import { DatePicker, Flex, Select } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { OrganizationSelect } from '../../organizations/components/OrganizationSelect';
import { UserSelect } from '../../users/components/UserSelect';

export const AUDIT_FILTERS = ['actorUserId', 'organizationId', 'entityType', 'action', 'from', 'to'] as const;
export type AuditFilterValues = Partial<Record<(typeof AUDIT_FILTERS)[number], string | undefined>>;

/** The group of an action in the picker: the record it acts on (`post.publish` → post). */
const groupOf = (action: string) => action.slice(0, action.indexOf('.'));

interface Props {
  values: AuditFilterValues;
  onChange: (changes: AuditFilterValues) => void;
  /** The chosen actor's name, when the list shows one (the picker may not have loaded them). */
  actorLabel?: string | null;
}

/** Pickers for who acted, in which organization, on what kind of record, which action and when; each can be cleared. */
export function AuditFilters({ values, onChange, actorLabel }: Props) {
  const { t } = useTranslation();
  const range: [dayjs.Dayjs, dayjs.Dayjs] | null =
    values.from && values.to ? [dayjs(values.from), dayjs(values.to)] : null;
  const groups = [...new Set(AUDIT_ACTIONS.map(groupOf))];

  return (
    <Flex gap={12} wrap style={{ marginBottom: 16 }} data-testid="audit-filters">
      <UserSelect
        value={values.actorUserId}
        onChange={(actorUserId) => onChange({ actorUserId })}
        placeholder={t('audit.filters.actor')}
        aria-label={t('audit.filters.actor')}
        selectedLabel={actorLabel}
        style={{ width: 260 }}
      />
      <OrganizationSelect
        value={values.organizationId}
        onChange={(organizationId) => onChange({ organizationId })}
        placeholder={t('audit.filters.organization')}
        aria-label={t('audit.filters.organization')}
        allowClear
        style={{ width: 260 }}
      />
      <Select
        value={values.entityType}
        onChange={(entityType?: string) => onChange({ entityType })}
        placeholder={t('audit.filters.entityType')}
        aria-label={t('audit.filters.entityType')}
        allowClear
        options={AUDIT_ENTITY_TYPES.map((type) => ({ value: type, label: t(`audit.entityTypes.${type}`) }))}
        style={{ width: 200 }}
      />
      <Select
        value={values.action}
        onChange={(action?: string) => onChange({ action })}
        placeholder={t('audit.filters.action')}
        aria-label={t('audit.filters.action')}
        allowClear
        showSearch={{ optionFilterProp: 'label' }}
        options={groups.map((group) => ({
          label: t(`audit.actions.${group}.group`, { defaultValue: group }),
          title: group,
          options: AUDIT_ACTIONS.filter((action) => groupOf(action) === group).map((action) => ({
            value: action,
            label: t(`audit.actions.${action}`),
          })),
        }))}
        style={{ width: 280 }}
        popupMatchSelectWidth={false}
      />
      <DatePicker.RangePicker
        aria-label={t('audit.filters.dates')}
        placeholder={[t('audit.filters.from'), t('audit.filters.to')]}
        value={range}
        onChange={(dates) => onChange({ from: dates?.[0]?.format('YYYY-MM-DD'), to: dates?.[1]?.format('YYYY-MM-DD') })}
      />
    </Flex>
  );
}
