import {
  htmlLang,
  pickTitle,
  readerLanguage,
  type ServiceUptakeReportDto,
  type ServiceUptakeRowDto,
  type UnusedServiceDto,
} from '@alliance/contracts';
import { DownloadOutlined, UnorderedListOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ApiErrorAlert } from '../../../components/ApiErrorAlert';
import { ButtonLink } from '../../../components/ButtonLink';
import { PageHeader } from '../../../components/PageHeader';
import { formatNumber, pickName } from '../../../lib/names';
import { useServiceUptake } from '../api';

type AgreementLine = ServiceUptakeReportDto['agreements'][number];

function AgreementLink({ agreement }: { agreement: { id: string; titleEn: string | null; titleZh: string | null } }) {
  const { i18n } = useTranslation();
  const title = pickTitle(agreement, readerLanguage(i18n.resolvedLanguage));
  return (
    <Link to={`/agreements/${agreement.id}/services`} lang={htmlLang(title.language)}>
      {title.text}
    </Link>
  );
}

/** `/admin/service-uptake`: the secretariat's view of every agreement's uptake, per park, and the unused services. */
export function ServiceUptakePage() {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage;
  const query = useServiceUptake();
  const none = t('agreementServices.uptake.none');
  const figures = [
    { key: 'requests', title: t('agreementServices.uptake.requests'), dataIndex: 'requests' },
    { key: 'delivered', title: t('agreementServices.uptake.delivered'), dataIndex: 'delivered' },
    {
      key: 'median',
      title: t('agreementServices.uptake.medianDays'),
      render: (_: unknown, r: { medianDaysToDelivery: number | null }) =>
        r.medianDaysToDelivery === null ? none : formatNumber(r.medianDaysToDelivery, language),
    },
    {
      key: 'rating',
      title: t('agreementServices.uptake.averageRating'),
      render: (_: unknown, r: { averageRating: number | null; ratings: number }) =>
        r.averageRating === null
          ? none
          : t('agreementServices.uptake.ratingOf', {
              rating: formatNumber(r.averageRating, language),
              count: r.ratings,
            }),
    },
  ];
  return (
    <div className="page" data-testid="service-uptake-page">
      <PageHeader
        title={t('agreementServices.uptakePage.title')}
        subtitle={t('agreementServices.uptakePage.subtitle')}
        extra={
          <Flex gap={8} wrap>
            <ButtonLink to="/services/requests" icon={<UnorderedListOutlined />} data-testid="all-requests">
              {t('agreementServices.uptakePage.allRequests')}
            </ButtonLink>
            <Button
              href={`/api/agreement-services/uptake.csv?lang=${readerLanguage(language)}`}
              download
              icon={<DownloadOutlined />}
              data-testid="export-csv"
            >
              {t('agreementServices.uptakePage.export')}
            </Button>
          </Flex>
        }
      />
      <ApiErrorAlert error={query.error} />
      <Flex vertical gap={24}>
        <Card
          title={
            <Typography.Title level={2} style={{ margin: 0, fontSize: 18 }}>
              {t('agreementServices.uptakePage.agreements')}
            </Typography.Title>
          }
        >
          <Table<AgreementLine>
            rowKey={(r) => r.agreement.id}
            dataSource={query.data?.agreements ?? []}
            loading={query.isPending}
            pagination={false}
            scroll={{ x: 960 }}
            data-testid="uptake-agreements"
            columns={[
              {
                key: 'agreement',
                title: t('agreementServices.uptakePage.agreement'),
                width: 300,
                render: (_, r) => <AgreementLink agreement={r.agreement} />,
              },
              ...figures,
            ]}
          />
        </Card>
        <Card
          title={
            <Typography.Title level={2} style={{ margin: 0, fontSize: 18 }}>
              {t('agreementServices.uptakePage.perPark')}
            </Typography.Title>
          }
        >
          <Table<ServiceUptakeRowDto>
            rowKey={(r) => `${r.agreement.id}:${r.organization.id}:${r.park?.id ?? ''}`}
            dataSource={query.data?.rows ?? []}
            loading={query.isPending}
            pagination={false}
            scroll={{ x: 960 }}
            locale={{ emptyText: t('agreementServices.uptakePage.noRequests') }}
            data-testid="uptake-parks"
            onRow={(r) => ({ 'data-testid': 'uptake-park-row', 'data-park-id': r.park?.id ?? '' }) as object}
            columns={[
              {
                key: 'agreement',
                title: t('agreementServices.uptakePage.agreement'),
                width: 300,
                render: (_, r) => <AgreementLink agreement={r.agreement} />,
              },
              {
                key: 'organization',
                title: t('agreementServices.uptakePage.organization'),
                render: (_, r) => pickName(r.organization, language),
              },
              {
                key: 'park',
                title: t('agreementServices.requests.columns.park'),
                render: (_, r) => (r.park ? pickName(r.park, language) : t('agreementServices.request.itself')),
              },
              ...figures,
            ]}
          />
        </Card>
        <Card
          title={
            <Typography.Title level={2} style={{ margin: 0, fontSize: 18 }}>
              {t('agreementServices.uptakePage.unused')}
            </Typography.Title>
          }
        >
          <Table<UnusedServiceDto>
            rowKey="id"
            dataSource={query.data?.unused ?? []}
            loading={query.isPending}
            pagination={false}
            scroll={{ x: 960 }}
            locale={{ emptyText: t('agreementServices.uptakePage.allUsed') }}
            data-testid="uptake-unused"
            columns={[
              {
                key: 'service',
                title: t('agreementServices.requests.columns.service'),
                render: (_, s) => pickName(s, language),
              },
              {
                key: 'agreement',
                title: t('agreementServices.uptakePage.agreement'),
                width: 300,
                render: (_, s) => <AgreementLink agreement={s.agreement} />,
              },
              {
                key: 'provider',
                title: t('agreementServices.requests.columns.provider'),
                render: (_, s) => pickName(s.provider, language),
              },
            ]}
          />
        </Card>
      </Flex>
    </div>
  );
}
