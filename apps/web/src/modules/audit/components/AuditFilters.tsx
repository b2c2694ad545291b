import { AutoComplete, DatePicker, Flex, Input } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';

export const AUDIT_FILTERS = ['action', 'entityType', 'actorUserId', 'from', 'to'] as const;
export type AuditFilterValues = Partial<Record<(typeof AUDIT_FILTERS)[number], string | undefined>>;

/** Entity types the API records today; others can still be typed. */
const KNOWN_ENTITY_TYPES = ['Organization', 'User', 'Session'];

interface Props {
  values: AuditFilterValues;
  onChange: (changes: AuditFilterValues) => void;
}

export function AuditFilters({ values, onChange }: Props) {
  const { t } = useTranslation();
  const range: [dayjs.Dayjs, dayjs.Dayjs] | null =
    values.from && values.to ? [dayjs(values.from), dayjs(values.to)] : null;

  return (
    <Flex gap={12} wrap style={{ marginBottom: 16 }}>
      <Input.Search
        key={`action:${values.action ?? ''}`}
        defaultValue={values.action}
        allowClear
        placeholder={t('audit.filters.action')}
        aria-label={t('audit.filters.action')}
        onSearch={(action) => onChange({ action: action.trim() })}
        style={{ width: 260 }}
      />
      <AutoComplete
        key={`type:${values.entityType ?? ''}`}
        defaultValue={values.entityType}
        allowClear
        placeholder={t('audit.filters.entityType')}
        aria-label={t('audit.filters.entityType')}
        options={KNOWN_ENTITY_TYPES.map((value) => ({ value }))}
        onSelect={(entityType: string) => onChange({ entityType })}
        onClear={() => onChange({ entityType: undefined })}
        onBlur={(event) => {
          const value = (event.target as HTMLInputElement).value.trim();
          if (value !== (values.entityType ?? '')) onChange({ entityType: value });
        }}
        style={{ width: 200 }}
      />
      <Input.Search
        key={`actor:${values.actorUserId ?? ''}`}
        defaultValue={values.actorUserId}
        allowClear
        placeholder={t('audit.filters.actor')}
        aria-label={t('audit.filters.actor')}
        onSearch={(actorUserId) => onChange({ actorUserId: actorUserId.trim() })}
        style={{ width: 320 }}
      />
      <DatePicker.RangePicker
        aria-label={t('audit.filters.dates')}
        value={range}
        onChange={(dates) =>
          onChange({
            from: dates?.[0]?.format('YYYY-MM-DD'),
            to: dates?.[1]?.format('YYYY-MM-DD'),
          })
        }
      />
    </Flex>
  );
}
