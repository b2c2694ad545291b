import { PARK_CSV_COLUMNS, type ErrorDetail, type ImportProblem, type ParkImportReport } from '@alliance/contracts';
import { Alert, Flex, Result, Table, Typography, type TableColumnsType } from 'antd';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../../components/ApiErrorAlert';
import { isApiError } from '../../../lib/apiClient';
import { translateDetail } from '../../../lib/forms';
import { formatNumber } from '../../../lib/names';

interface Problem {
  key: string;
  row: number | null;
  field: string;
  /** The column's name in the reader's language, when the field is a column of the file. */
  label: string | null;
  message: string;
}

function labelOf(field: string, t: TFunction): string | null {
  if (field === 'file') return t('parks.import.problems.file');
  return (PARK_CSV_COLUMNS as readonly string[]).includes(field) ? t(`parks.fields.${field}`) : null;
}

/** Each problem in the reader's language: by its constraint, the API's sentence when the web does not know it. */
function problemsOf(items: ReadonlyArray<ImportProblem | ErrorDetail>, t: TFunction): Problem[] {
  return items
    .map((item, index) => ({
      key: String(index),
      row: item.row ?? null,
      field: item.field,
      label: labelOf(item.field, t),
      message: translateDetail(t, item),
    }))
    .sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
}

function ProblemsTable({ problems }: { problems: Problem[] }) {
  const { t } = useTranslation();
  const columns: TableColumnsType<Problem> = [
    { key: 'row', title: t('parks.import.problems.row'), width: 90, render: (_, problem) => problem.row ?? '—' },
    {
      key: 'field',
      title: t('parks.import.problems.field'),
      width: 200,
      render: (_, problem) =>
        problem.label ? (
          <Flex vertical>
            <span>{problem.label}</span>
            {problem.field !== 'file' ? (
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                <code>{problem.field}</code>
              </Typography.Text>
            ) : null}
          </Flex>
        ) : (
          <code>{problem.field || '—'}</code>
        ),
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
        <ProblemsTable problems={problemsOf(error.details, t)} />
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
      {report.problems.length > 0 ? <ProblemsTable problems={problemsOf(report.problems, t)} /> : null}
    </div>
  );
}
