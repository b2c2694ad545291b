import { FINANCING_INSTRUMENTS, FINANCING_REQUEST_STATUSES } from '@alliance/contracts';
import { PlusOutlined } from '@ant-design/icons';
import { Card, Empty, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../../components/ApiErrorAlert';
import { ButtonLink } from '../../../components/ButtonLink';
import { PageHeader } from '../../../components/PageHeader';
import { oneOf } from '../../../lib/listFilters';
import { useListParams } from '../../../lib/useListParams';
import { useFinancingRequests, type FinancingFilter } from '../api';
import { RequestFilters } from '../components/request/RequestFilters';
import { RequestsTable } from '../components/request/RequestsTable';

const KEYS = ['q', 'status', 'instrument', 'awaitingAnswer'] as const;

/** `/financing/requests`: the park operator's own requests for finance, drafts included. */
export function RequestsPage() {
  const { t } = useTranslation();
  const { filters, page, limit, setFilters, setPage } = useListParams(KEYS);
  const filter: FinancingFilter = {
    q: filters.q,
    status: oneOf(FINANCING_REQUEST_STATUSES, filters.status),
    instrument: oneOf(FINANCING_INSTRUMENTS, filters.instrument),
    awaitingAnswer: filters.awaitingAnswer === 'true' ? true : undefined,
  };
  const list = useFinancingRequests({ ...filter, page, limit });
  const filtered = Boolean(filter.q || filter.status || filter.instrument || filter.awaitingAnswer);
  const newButton = (testId: string) => (
    <ButtonLink to="/financing/requests/new" type="primary" icon={<PlusOutlined />} data-testid={testId}>
      {t('financing.requests.list.new')}
    </ButtonLink>
  );

  return (
    <div className="page" data-testid="requests-page">
      <PageHeader
        title={t('financing.requests.list.title')}
        subtitle={t('financing.requests.list.subtitle')}
        extra={newButton('new-financing-request')}
      />
      <Card style={{ marginBottom: 24 }}>
        <RequestFilters filter={filter} onChange={setFilters} />
        {filter.awaitingAnswer ? (
          <Tag
            closable
            color="orange"
            style={{ marginTop: 12 }}
            onClose={() => setFilters({ awaitingAnswer: undefined })}
            data-testid="filter-awaiting-answer"
          >
            {t('financing.requests.list.awaitingAnswer')}
          </Tag>
        ) : null}
      </Card>
      <ApiErrorAlert error={list.error} />
      <RequestsTable
        data={list.data}
        loading={list.isFetching}
        onPage={setPage}
        empty={{
          emptyText: filtered ? (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('financing.requests.list.emptyFiltered')} />
          ) : (
            <Empty description={t('financing.requests.list.empty')} data-testid="requests-empty">
              {newButton('new-financing-request-empty')}
            </Empty>
          ),
        }}
      />
    </div>
  );
}
