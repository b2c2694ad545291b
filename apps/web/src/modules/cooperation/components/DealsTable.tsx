import { htmlLang, pickTitle, readerLanguage, type DealDto } from '@alliance/contracts';
import { Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { countryName, formatDate, pickName } from '../../../lib/names';
import { formatMoney } from '../../financing/format';
import { DealStageTag } from './CooperationTags';

interface Props {
  deals: readonly DealDto[];
  loading: boolean;
  empty: string;
}

/** Deals with their project, the two organizations, the stage, the amounts and the last move. */
export function DealsTable({ deals, loading, empty }: Props) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage;
  const reader = readerLanguage(language);
  return (
    <Table<DealDto>
      rowKey="id"
      dataSource={[...deals]}
      loading={loading}
      pagination={false}
      scroll={{ x: 'max-content' }}
      locale={{ emptyText: empty }}
      data-testid="deals-table"
      onRow={(deal) => ({ 'data-testid': 'deal-row', 'data-deal-id': deal.id }) as object}
      columns={[
        {
          key: 'project',
          title: t('cooperation.deals.columns.project'),
          render: (_, deal) => {
            const title = pickTitle(deal.project, reader);
            return (
              <div className="coop-cell-title">
                <Link to={`/cooperation/deals/${deal.id}`} lang={htmlLang(title.language)}>
                  {title.text}
                </Link>
                <Typography.Text type="secondary" className="coop-meta" style={{ display: 'block' }}>
                  {countryName(deal.project.country, language)}
                </Typography.Text>
              </div>
            );
          },
        },
        {
          key: 'parties',
          title: t('cooperation.deals.columns.parties'),
          render: (_, deal) => (
            <span className="coop-cell-parties">
              {pickName(deal.ownerOrganization, language)}
              <br />
              <Typography.Text type="secondary">{pickName(deal.partnerOrganization, language)}</Typography.Text>
            </span>
          ),
        },
        {
          key: 'stage',
          title: t('cooperation.deals.columns.stage'),
          render: (_, deal) => <DealStageTag stage={deal.stage} />,
        },
        {
          key: 'amounts',
          title: t('cooperation.deals.columns.amounts'),
          align: 'right',
          render: (_, deal) => (
            <span className="coop-nowrap">
              {formatMoney(deal.project.sizeUsd, 'USD')}
              {deal.investedUsd ? (
                <Typography.Text type="success" style={{ display: 'block' }} data-testid="deal-row-invested">
                  {t('cooperation.deals.investedAmount', { amount: formatMoney(deal.investedUsd, 'USD') })}
                </Typography.Text>
              ) : null}
            </span>
          ),
        },
        {
          key: 'moved',
          title: t('cooperation.deals.columns.moved'),
          render: (_, deal) => <span className="coop-nowrap">{formatDate(deal.stageChangedAt, language)}</span>,
        },
      ]}
    />
  );
}
