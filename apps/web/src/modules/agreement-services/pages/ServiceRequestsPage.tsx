import {
  htmlLang,
  pickTitle,
  readerLanguage,
  SERVICE_REQUEST_STATUSES,
  type ServiceRequestSide,
  type ServiceRequestStatus,
  type ServiceRequestSummaryDto,
} from '@alliance/contracts';
import { Flex, Pagination, Select, Table, Tabs } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { ApiErrorAlert } from '../../../components/ApiErrorAlert';
import { useAbility } from '../../../lib/ability';
import { oneOf } from '../../../lib/listFilters';
import { PageHeader } from '../../../components/PageHeader';
import { formatDate, pickName } from '../../../lib/names';
import { useServiceRequests } from '../api';
import { ServiceRequestStatusTag } from '../components/ServiceTags';

const LIMIT = 20;

/** `side` undefined: every request (the secretariat, which follows the uptake). */
function RequestsTable({ side }: { side?: ServiceRequestSide }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage;
  const [page, setPage] = useState(1);
  // A status in the address (`?status=accepted`, as "My work" links) is the first choice.
  const [params] = useSearchParams();
  const [status, setStatus] = useState<ServiceRequestStatus | undefined>(() =>
    oneOf(SERVICE_REQUEST_STATUSES, params.get('status') ?? undefined),
  );
  const query = useServiceRequests({ side, status, page, limit: LIMIT });
  return (
    <Flex vertical gap={16}>
      <Select<ServiceRequestStatus>
        allowClear
        aria-label={t('agreementServices.requests.status')}
        placeholder={t('agreementServices.requests.status')}
        style={{ width: 220 }}
        value={status}
        onChange={(value) => {
          setStatus(value);
          setPage(1);
        }}
        options={SERVICE_REQUEST_STATUSES.map((s) => ({ value: s, label: t(`agreementServices.status.${s}`) }))}
      />
      <ApiErrorAlert error={query.error} />
      <Table<ServiceRequestSummaryDto>
        rowKey="id"
        dataSource={query.data?.items ?? []}
        loading={query.isPending}
        pagination={false}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: t(`agreementServices.requests.empty.${side ?? 'all'}`) }}
        data-testid={`service-requests-${side ?? 'all'}`}
        onRow={(r) => ({ 'data-testid': 'service-request-row', 'data-request-id': r.id }) as object}
        columns={[
          {
            key: 'service',
            title: t('agreementServices.requests.columns.service'),
            render: (_, r) => {
              const name = pickTitle(
                { titleEn: r.service.nameEn, titleZh: r.service.nameZh },
                readerLanguage(language),
              );
              return (
                <Link to={`/services/requests/${r.id}`} lang={htmlLang(name.language)}>
                  {name.text}
                </Link>
              );
            },
          },
          ...(side !== 'received'
            ? [
                {
                  key: 'provider',
                  title: t('agreementServices.requests.columns.provider'),
                  render: (_: unknown, r: ServiceRequestSummaryDto) => pickName(r.provider, language),
                },
              ]
            : []),
          ...(side !== 'sent'
            ? [
                {
                  key: 'from',
                  title: t('agreementServices.requests.columns.from'),
                  render: (_: unknown, r: ServiceRequestSummaryDto) => pickName(r.organization, language),
                },
              ]
            : []),
          {
            key: 'park',
            title: t('agreementServices.requests.columns.park'),
            render: (_, r) => (r.park ? pickName(r.park, language) : t('agreementServices.request.itself')),
          },
          {
            key: 'status',
            title: t('agreementServices.requests.columns.status'),
            render: (_, r) => <ServiceRequestStatusTag status={r.status} />,
          },
          {
            key: 'createdAt',
            title: t('agreementServices.requests.columns.createdAt'),
            render: (_, r) => formatDate(r.createdAt, language),
          },
        ]}
      />
      {(query.data?.total ?? 0) > LIMIT ? (
        <Pagination
          current={page}
          pageSize={LIMIT}
          total={query.data?.total ?? 0}
          onChange={setPage}
          showSizeChanger={false}
        />
      ) : null}
    </Flex>
  );
}

/** `/services/requests`: the service requests my organization sent, and those addressed to it as provider. */
export function ServiceRequestsPage() {
  const { t } = useTranslation();
  // The secretariat requests and provides nothing: it follows every request (metadata, never threads).
  const all = useAbility().can('readAll', 'ServiceRequest');
  // The tab is in the address (`?side=received`), so a link can open the requests addressed to us.
  const [params, setParams] = useSearchParams();
  const side: ServiceRequestSide = params.get('side') === 'received' ? 'received' : 'sent';
  return (
    <div className="page" data-testid="service-requests-page">
      <PageHeader
        title={t('agreementServices.requests.title')}
        subtitle={t(all ? 'agreementServices.requests.subtitleAll' : 'agreementServices.requests.subtitle')}
      />
      {all ? (
        <RequestsTable />
      ) : (
        <Tabs
          destroyOnHidden
          activeKey={side}
          onChange={(key) => setParams(key === 'received' ? { side: key } : {}, { replace: true })}
          items={[
            { key: 'sent', label: t('agreementServices.requests.sent'), children: <RequestsTable side="sent" /> },
            {
              key: 'received',
              label: t('agreementServices.requests.received'),
              children: <RequestsTable side="received" />,
            },
          ]}
        />
      )}
    </div>
  );
}
