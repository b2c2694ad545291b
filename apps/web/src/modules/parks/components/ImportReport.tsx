import type { ErrorDetail, ImportProblem, ParkImportReport } from '@alliance/contracts';
import { Alert, Result, Table, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../../components/ApiErrorAlert';
import { isApiError } from '../../../lib/apiClient';
import { formatNumber } from '../../../lib/names';

interface Problem {
  key: string;
  row: number | null;
  field: string;
  message: string;
}

function problemsOf(items: ReadonlyArray<ImportProblem | ErrorDetail>, translate: (item: ImportProblem | ErrorDetail) => string): Problem[] {
  return items
    .map((item, index) => ({ key: String(index), row: item.row ?? null, field: item.field, message: translate(item) }))
    .sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
}

function ProblemsTable({ problems }: { problems: Problem[] }) {
  const { t } = useTranslation();
  const columns: TableColumnsType<Problem> = [
    { key: 'row', title: t('parks.import.problems.row'), width: 90, render: (_, problem) => problem.row ?? '—' },
    {
      key: 'field',
      title: t('parks.import.problems.field'),
      width: 180,
      render: (_, problem) => <code>{problem.field || '—'}</code>,
    },
    { key: 'message', title: t('parks.import.problems.problem'), dataIndex: 'message' },
  ];
  return (
    <Table<Problem>
      data-testid="import-problems"
      size="small"
      rowKey="key"
      columns={columns}
      dataSource={problems}
      pagination={problems.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
    />
  );
}

interface Props {
  report: ParkImportReport | undefined;
  error: unknown;
}

/** What the import did: counts when it was written, the problems row by row when it was not. */
export function ImportReport({ report, error }: Props) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage;
  // A constraint the web knows is translated; otherwise the API's own sentence is shown.
  const translate = (item: ImportProblem | ErrorDetail) =>
    'constraint' in item && item.constraint ? t(`validation.${item.constraint}`, { defaultValue: item.message }) : item.message;

  if (isApiError(error) && error.code === 'IMPORT_INVALID') {
    return (
      <div data-testid="import-report">
        <Alert
          type="error"
          showIcon
          role="alert"
          style={{ marginBottom: 16 }}
          title={t('errors.IMPORT_INVALID')}
          description={t('parks.import.problems.count', { value: formatNumber(error.details.length, language) })}
        />
        <ProblemsTable problems={problemsOf(error.details, translate)} />
      </div>
    );
  }
  if (error) {
    return (
      <div data-testid="import-report">
        <ApiErrorAlert
          error={error}
          message={isApiError(error) && error.code === 'PAYLOAD_TOO_LARGE' ? t('parks.import.tooLarge') : undefined}
        />
      </div>
    );
  }
  if (!report) return null;
  return (
    <div data-testid="import-report">
      <Result
        status="success"
        title={t('parks.import.done.title')}
        subTitle={t('parks.import.done.counts', {
          rows: formatNumber(report.rows, language),
          created: formatNumber(report.created, language),
          updated: formatNumber(report.updated, language),
        })}
      />
      {report.problems.length > 0 ? <ProblemsTable problems={problemsOf(report.problems, translate)} /> : null}
    </div>
  );
}
