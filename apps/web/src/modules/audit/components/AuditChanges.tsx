import type { AuditChange } from '@alliance/contracts';
import { Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

interface Row {
  field: string;
  change: AuditChange;
}

function Value({ value }: { value: unknown }) {
  const { t } = useTranslation();
  if (value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) {
    return (
      <Typography.Text type="secondary" italic>
        {t('audit.empty')}
      </Typography.Text>
    );
  }
  const text = typeof value === 'string' ? value : Array.isArray(value) ? value.join(', ') : JSON.stringify(value);
  return <Typography.Text style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-word' }}>{text}</Typography.Text>;
}

/** A field's name in the reader's language; a field the portal does not name yet keeps its own. */
export function useFieldLabel() {
  const { t } = useTranslation();
  return (field: string) => t(`audit.fields.${field}`, { defaultValue: field });
}

/** Before and after of every field an audit event changed. */
export function AuditChanges({ changes }: { changes: Record<string, AuditChange> }) {
  const { t } = useTranslation();
  const label = useFieldLabel();
  const rows: Row[] = Object.entries(changes).map(([field, change]) => ({ field, change }));
  if (rows.length === 0) return <Typography.Text type="secondary">{t('audit.noChanges')}</Typography.Text>;
  return (
    <Table<Row>
      size="small"
      rowKey="field"
      pagination={false}
      dataSource={rows}
      columns={[
        {
          key: 'field',
          title: t('audit.field'),
          width: 200,
          render: (_, row) => <Typography.Text strong>{label(row.field)}</Typography.Text>,
        },
        { key: 'before', title: t('audit.before'), render: (_, row) => <Value value={row.change.before} /> },
        { key: 'after', title: t('audit.after'), render: (_, row) => <Value value={row.change.after} /> },
      ]}
    />
  );
}
