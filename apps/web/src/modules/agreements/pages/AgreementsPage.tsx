import {
  AGREEMENT_KINDS,
  AGREEMENT_STATUSES,
  htmlLang,
  pickLocalized,
  pickTitle,
  readerLanguage,
  type AgreementKind,
  type AgreementStatus,
} from '@alliance/contracts';
import { PlusOutlined } from '@ant-design/icons';
import { Card, Checkbox, Empty, Flex, List, Pagination, Select, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ApiErrorAlert } from '../../../components/ApiErrorAlert';
import { ButtonLink } from '../../../components/ButtonLink';
import { ListSearch } from '../../../components/ListSearch';
import { PageHeader } from '../../../components/PageHeader';
import { useAbility } from '../../../lib/ability';
import { formatDate } from '../../../lib/names';
import { useListParams } from '../../../lib/useListParams';
import { useMe } from '../../auth/api';
import { useAgreements } from '../api';
import { AgreementKindTag, AgreementStatusTag } from '../components/AgreementTags';
import { PartyNames } from '../components/PartyNames';
import '../agreements.css';

const FILTER_KEYS = ['kind', 'status', 'mine', 'expiringWithinDays', 'commitments', 'q'] as const;

/**
 * `/agreements`: the alliance's partner agreements. Visitors see the active ones (parties, kind, date,
 * summary); members the signed ones; the secretariat every one, drafts included, and writes new ones.
 */
export function AgreementsPage() {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage;
  const reader = readerLanguage(language);
  const { data: me } = useMe();
  const ability = useAbility();
  const { filters, page, limit, setFilters, setPage } = useListParams(FILTER_KEYS);
  const expiringWithinDays = Number(filters.expiringWithinDays) || undefined;
  const commitments =
    filters.commitments === 'open' || filters.commitments === 'overdue' ? filters.commitments : undefined;
  const list = useAgreements({
    kind: filters.kind as AgreementKind | undefined,
    status: filters.status as AgreementStatus | undefined,
    mine: filters.mine === 'true' ? true : undefined,
    expiringWithinDays,
    commitments,
    q: filters.q,
    page,
    limit,
  });
  const items = list.data?.items ?? [];

  return (
    <div className="page" data-testid="agreements-page">
      <PageHeader
        title={t('agreements.list.title')}
        subtitle={t(me ? 'agreements.list.subtitleMembers' : 'agreements.list.subtitle')}
        extra={
          ability.can('create', 'PartnerAgreement') ? (
            <ButtonLink to="/agreements/new" type="primary" icon={<PlusOutlined />} data-testid="new-agreement">
              {t('agreements.list.new')}
            </ButtonLink>
          ) : null
        }
      />
      <Card style={{ marginBottom: 16 }}>
        <Flex gap={12} wrap align="center">
          <ListSearch value={filters.q} placeholder={t('agreements.list.search')} onSearch={(q) => setFilters({ q })} />
          <Select
            allowClear
            style={{ minWidth: 200 }}
            aria-label={t('agreements.fields.kind')}
            placeholder={t('agreements.fields.kind')}
            value={filters.kind}
            onChange={(kind?: string) => setFilters({ kind })}
            options={AGREEMENT_KINDS.map((value) => ({ value, label: t(`agreements.kind.${value}`) }))}
            data-testid="filter-kind"
          />
          {me ? (
            <Select
              allowClear
              style={{ minWidth: 160 }}
              aria-label={t('agreements.fields.status')}
              placeholder={t('agreements.fields.status')}
              value={filters.status}
              onChange={(status?: string) => setFilters({ status })}
              options={AGREEMENT_STATUSES.map((value) => ({ value, label: t(`agreements.status.${value}`) }))}
              data-testid="filter-status"
            />
          ) : null}
          {me && !ability.can('update', 'PartnerAgreement') ? (
            <Checkbox
              checked={filters.mine === 'true'}
              onChange={(e) => setFilters({ mine: e.target.checked ? 'true' : undefined })}
              data-testid="filter-mine"
            >
              {t('agreements.list.mine')}
            </Checkbox>
          ) : null}
          {expiringWithinDays ? (
            <Tag
              closable
              color="orange"
              onClose={() => setFilters({ expiringWithinDays: undefined })}
              data-testid="filter-expiring"
            >
              {t('agreements.list.expiring', { count: expiringWithinDays })}
            </Tag>
          ) : null}
          {commitments ? (
            <Tag
              closable
              color={commitments === 'overdue' ? 'red' : 'blue'}
              onClose={() => setFilters({ commitments: undefined })}
              data-testid="filter-commitments"
            >
              {t(commitments === 'overdue' ? 'agreements.list.commitmentsOverdue' : 'agreements.list.commitmentsOpen')}
            </Tag>
          ) : null}
        </Flex>
      </Card>
      <ApiErrorAlert error={list.error} />
      <List
        loading={list.isFetching && !list.data}
        dataSource={items}
        locale={{ emptyText: <Empty description={t('agreements.list.empty')} /> }}
        data-testid="agreement-list"
        renderItem={(agreement) => {
          const title = pickTitle(agreement, reader);
          const summary = pickLocalized(agreement.summaryEn, agreement.summaryZh, reader);
          return (
            <List.Item key={agreement.id} data-testid="agreement-row">
              <Card className="agreement-card">
                <Flex vertical gap={6}>
                  <Link
                    to={`/agreements/${agreement.id}`}
                    className="agreement-card-title"
                    lang={htmlLang(title.language)}
                  >
                    {title.text}
                  </Link>
                  <Flex gap={4} wrap>
                    <AgreementKindTag kind={agreement.kind} />
                    <AgreementStatusTag status={agreement.status} />
                  </Flex>
                  <Typography.Text>
                    {t('agreements.list.parties')}: <PartyNames parties={agreement.counterparties} />
                  </Typography.Text>
                  <Typography.Text type="secondary">
                    {agreement.signedOn
                      ? t('agreements.list.signedOn', { date: formatDate(agreement.signedOn, language) })
                      : t('agreements.list.notSigned')}
                  </Typography.Text>
                  {summary ? (
                    <Typography.Paragraph style={{ margin: 0 }} lang={htmlLang(summary.language)}>
                      {summary.text}
                    </Typography.Paragraph>
                  ) : null}
                </Flex>
              </Card>
            </List.Item>
          );
        }}
      />
      {list.data && list.data.total > list.data.limit ? (
        <Flex justify="center" style={{ marginTop: 24 }}>
          <Pagination
            current={list.data.page}
            pageSize={list.data.limit}
            total={list.data.total}
            showTotal={(total) => t('common.total', { count: total })}
            onChange={setPage}
          />
        </Flex>
      ) : null}
    </div>
  );
}
