import { Card, Empty } from 'antd';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../../components/ApiErrorAlert';
import { PageHeader } from '../../../components/PageHeader';
import { pickName } from '../../../lib/names';
import { useMe } from '../../auth/api';
import { useReviewQueue } from '../api';
import { activeFilterCount } from '../components/review/queueFilters';
import { QueueFilters } from '../components/review/QueueFilters';
import { QueueTable } from '../components/review/QueueTable';
import { useQueueListParams } from '../components/review/useQueueListParams';

/**
 * `/financing/reviews`: the requests shared with the reader's institution, oldest first, each
 * with where the institution's own review stands and whether the reader still has to declare.
 */
export function QueuePage() {
  const { t, i18n } = useTranslation();
  const { data: me } = useMe();
  const { filter, page, limit, setFilters, setPage } = useQueueListParams();
  const queue = useReviewQueue({ ...filter, page, limit });
  const filtered = activeFilterCount(filter) > 0;

  return (
    <div className="page" data-testid="queue-page">
      <PageHeader
        title={t('financing.reviews.queue.title')}
        subtitle={
          me
            ? t('financing.reviews.queue.subtitle', { institution: pickName(me.organization, i18n.resolvedLanguage) })
            : undefined
        }
      />
      <Card>
        <div style={{ marginBottom: 16 }}>
          <QueueFilters filter={filter} onChange={setFilters} />
        </div>
        <ApiErrorAlert error={queue.error} />
        <QueueTable
          data={queue.data}
          loading={queue.isFetching}
          onPage={setPage}
          empty={{
            emptyText: (
              <Empty
                image={Empty.PRESENTED_IMAGE_SIMPLE}
                description={filtered ? t('financing.reviews.queue.emptyFiltered') : t('financing.reviews.queue.empty')}
              />
            ),
          }}
        />
      </Card>
    </div>
  );
}
