import type { GovernmentBodyDto } from '@alliance/contracts';
import { ArrowLeftOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Empty, Flex, Table, Tag, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ApiErrorAlert } from '../../../components/ApiErrorAlert';
import { PageHeader } from '../../../components/PageHeader';
import { useErrorToast } from '../../../components/useErrorToast';
import { useGovernmentBodies, useSaveGovernmentBody } from '../api';
import { GovernmentBodyModal } from '../components/GovernmentBodyModal';
import '../member-issues.css';

/** `/policy/government-bodies`: the secretariat keeps the list of bodies it relays cases to. */
export function GovernmentBodiesPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const toast = useErrorToast();
  const bodies = useGovernmentBodies(true);
  const save = useSaveGovernmentBody();
  const [editing, setEditing] = useState<GovernmentBodyDto | 'new' | null>(null);

  const toggle = (body: GovernmentBodyDto) =>
    save.mutate(
      { id: body.id, body: { active: !body.active } },
      { onSuccess: () => void message.success(t('memberIssues.bodies.saved')), onError: toast },
    );

  const columns: TableColumnsType<GovernmentBodyDto> = [
    {
      key: 'nameZh',
      title: t('memberIssues.bodies.nameZh'),
      render: (_, body) => <span lang="zh-CN">{body.nameZh ?? '—'}</span>,
    },
    {
      key: 'nameEn',
      title: t('memberIssues.bodies.nameEn'),
      render: (_, body) => <span lang="en">{body.nameEn ?? '—'}</span>,
    },
    {
      key: 'status',
      title: t('memberIssues.bodies.status'),
      width: 110,
      render: (_, body) => (
        <Tag color={body.active ? 'green' : 'default'}>
          {t(body.active ? 'memberIssues.bodies.active' : 'memberIssues.bodies.inactive')}
        </Tag>
      ),
    },
    {
      key: 'actions',
      title: t('memberIssues.bodies.actions'),
      width: 220,
      render: (_, body) => (
        <Flex gap={8} wrap>
          <Button size="small" icon={<EditOutlined />} onClick={() => setEditing(body)} data-testid="body-edit">
            {t('memberIssues.bodies.edit')}
          </Button>
          <Button
            size="small"
            danger={body.active}
            loading={save.isPending && save.variables?.id === body.id}
            onClick={() => toggle(body)}
            data-testid="body-toggle"
          >
            {t(body.active ? 'memberIssues.bodies.deactivate' : 'memberIssues.bodies.activate')}
          </Button>
        </Flex>
      ),
    },
  ];

  return (
    <div className="page" data-testid="bodies-page">
      <Link to="/policy/cases">
        <ArrowLeftOutlined /> {t('memberIssues.backToCases')}
      </Link>
      <div style={{ height: 12 }} />
      <PageHeader
        title={t('memberIssues.bodies.title')}
        subtitle={t('memberIssues.bodies.subtitle')}
        extra={
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')} data-testid="body-add">
            {t('memberIssues.bodies.add')}
          </Button>
        }
      />
      <ApiErrorAlert error={bodies.error} />
      <Card styles={{ body: { padding: 0 } }}>
        <Table<GovernmentBodyDto>
          data-testid="bodies-table"
          size="middle"
          rowKey="id"
          columns={columns}
          dataSource={bodies.data ?? []}
          loading={bodies.isFetching}
          pagination={false}
          scroll={{ x: 640 }}
          locale={{
            emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('memberIssues.bodies.empty')} />,
          }}
        />
      </Card>
      {editing ? (
        <GovernmentBodyModal body={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />
      ) : null}
    </div>
  );
}
