import type { Paginated } from '@alliance/contracts';
import type { TablePaginationConfig } from 'antd';
import type { TFunction } from 'i18next';

/** The pager every list table shows, driven by the API's `{ page, limit, total }`. */
export function tablePagination(
  data: Pick<Paginated<unknown>, 'page' | 'limit' | 'total'> | undefined,
  onChange: (page: number, limit: number) => void,
  t: TFunction,
  fallback: { page: number; limit: number } = { page: 1, limit: 20 },
): TablePaginationConfig {
  return {
    current: data?.page ?? fallback.page,
    pageSize: data?.limit ?? fallback.limit,
    total: data?.total ?? 0,
    showSizeChanger: true,
    showTotal: (total) => t('common.total', { count: total }),
    onChange,
  };
}
