import { MEMBER_ORGANIZATION_TYPES } from '@alliance/contracts';
import { Card, Col, Empty, Flex, Pagination, Row, Select, Spin, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ApiErrorAlert } from '../../../components/ApiErrorAlert';
import { ButtonLink } from '../../../components/ButtonLink';
import { CountrySelect } from '../../../components/CountrySelect';
import { ListSearch } from '../../../components/ListSearch';
import { PageHeader } from '../../../components/PageHeader';
import { useAbility } from '../../../lib/ability';
import { tablePagination } from '../../../lib/pagination';
import { useMe } from '../../auth/api';
import { useOrganizations, type OrganizationQuery } from '../api';
import { ExportOrganizationsButton } from '../components/ExportOrganizationsButton';
import { OrganizationCard } from '../components/OrganizationCard';
import { useOrganizationListParams } from '../useOrganizationListParams';

/** The public list of the alliance's active members. */
export function OrganizationDirectoryPage() {
  const { t } = useTranslation();
  const ability = useAbility();
  const { data: me } = useMe();
  const { filter, page, limit, setFilters, setPage } = useOrganizationListParams();
  const query: OrganizationQuery = {
    q: filter.q,
    type: filter.type,
    country: filter.country,
    // Everyone else gets active members only from the API; the secretariat gets every status unless it asks.
    status: ability.can('readAll', 'Organization') ? 'active' : undefined,
  };
  const list = useOrganizations({ ...query, page, limit });
  const items = list.data?.items ?? [];

  return (
    <div className="page">
      <PageHeader
        title={t('organizations.directory.title')}
        subtitle={t('organizations.directory.subtitle')}
        extra={
          <>
            <ButtonLink to="/directory">{t('organizations.directory.parksLink')}</ButtonLink>
            <ExportOrganizationsButton filters={query} />
          </>
        }
      />
      <Flex gap={12} wrap style={{ marginBottom: 24 }}>
        <ListSearch
          value={filter.q}
          placeholder={t('organizations.directory.searchPlaceholder')}
          onSearch={(q) => setFilters({ q })}
        />
        <Select
          allowClear
          aria-label={t('organizations.fields.type')}
          placeholder={t('organizations.directory.typePlaceholder')}
          value={filter.type}
          onChange={(type?: string) => setFilters({ type })}
          options={MEMBER_ORGANIZATION_TYPES.map((type) => ({
            value: type,
            label: t(`enums.organizationType.${type}`),
          }))}
          style={{ width: 220 }}
        />
        <CountrySelect
          allowClear
          aria-label={t('organizations.fields.country')}
          placeholder={t('organizations.directory.countryPlaceholder')}
          value={filter.country}
          onChange={(country?: string) => setFilters({ country })}
          style={{ width: 240 }}
        />
      </Flex>
      <ApiErrorAlert error={list.error} />
      <Spin spinning={list.isFetching}>
        {items.length === 0 && !list.isPending ? (
          <Card>
            <Empty description={t('organizations.directory.empty')} />
          </Card>
        ) : (
          <Row gutter={[16, 16]} role="list">
            {items.map((org) => (
              <Col key={org.id} xs={24} sm={12} lg={8} role="listitem">
                <OrganizationCard organization={org} />
              </Col>
            ))}
          </Row>
        )}
      </Spin>
      {list.data && list.data.total > list.data.limit ? (
        <Flex justify="center" style={{ marginTop: 24 }}>
          <Pagination {...tablePagination(list.data, setPage, t)} />
        </Flex>
      ) : null}
      {me ? null : (
        <Card style={{ marginTop: 32, background: '#fffaf0', borderColor: '#f2dca5' }}>
          <Flex justify="space-between" align="center" gap={16} wrap>
            <Typography.Text strong>{t('organizations.directory.applyPrompt')}</Typography.Text>
            <Link to="/apply">{t('organizations.directory.apply')}</Link>
          </Flex>
        </Card>
      )}
    </div>
  );
}
