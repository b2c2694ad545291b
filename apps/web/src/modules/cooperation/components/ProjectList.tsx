import type { CooperationProjectSummaryDto, Paginated } from '@alliance/contracts';
import { Card, Empty, Flex, Pagination, Skeleton, Spin } from 'antd';
import { useTranslation } from 'react-i18next';
import { ProjectCard } from './ProjectCard';

interface Props {
  data: Paginated<CooperationProjectSummaryDto> | undefined;
  pending: boolean;
  fetching: boolean;
  empty: string;
  onPage: (page: number, limit: number) => void;
}

/** A page of projects as cards, with the pager when there is more than one page. */
export function ProjectList({ data, pending, fetching, empty, onPage }: Props) {
  const { t } = useTranslation();
  const items = data?.items ?? [];
  if (pending)
    return (
      <Card>
        <Skeleton active paragraph={{ rows: 4 }} />
      </Card>
    );
  if (items.length === 0)
    return (
      <Card data-testid="projects-empty">
        <Empty description={empty} />
      </Card>
    );
  return (
    <>
      <Spin spinning={fetching}>
        <Flex vertical gap={12} role="list" data-testid="project-list">
          {items.map((project) => (
            <div key={project.id} role="listitem">
              <ProjectCard project={project} />
            </div>
          ))}
        </Flex>
      </Spin>
      {data && data.total > data.limit ? (
        <Flex justify="center" style={{ marginTop: 24 }}>
          <Pagination
            current={data.page}
            pageSize={data.limit}
            total={data.total}
            showSizeChanger
            showTotal={(total) => t('common.total', { count: total })}
            onChange={onPage}
          />
        </Flex>
      ) : null}
    </>
  );
}
