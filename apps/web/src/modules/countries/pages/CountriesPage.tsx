import { AuditOutlined } from '@ant-design/icons';
import { Card, Col, Row, Spin, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ApiErrorAlert } from '../../../components/ApiErrorAlert';
import { ButtonLink } from '../../../components/ButtonLink';
import { CountrySelect } from '../../../components/CountrySelect';
import { PageHeader } from '../../../components/PageHeader';
import { useAbility } from '../../../lib/ability';
import { formatNumber } from '../../../lib/names';
import { WorldMap } from '../../parks/components/WorldMap';
import { CountriesTable } from '../components/CountriesTable';
import { useRiskLayer } from '../components/useRiskLayer';

const NO_MARKERS = [] as const;

/** `/policy/countries`: every rated host country's grade and outlook, on the map and in a table (public). */
export function CountriesPage() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const ability = useAbility();
  const { layer, grades } = useRiskLayer(true, true);

  return (
    <div className="page" data-testid="countries-page">
      <PageHeader
        title={t('countries.list.title')}
        subtitle={t('countries.list.subtitle')}
        extra={
          <>
            <CountrySelect
              value={undefined}
              placeholder={t('countries.list.open')}
              aria-label={t('countries.list.open')}
              onChange={(code: string) => void navigate(`/policy/countries/${code}`)}
              style={{ width: 240 }}
              data-testid="open-country"
            />
            {ability.can('create', 'CountryRating') ? (
              <ButtonLink to="/policy/ratings" icon={<AuditOutlined />}>
                {t('countries.ratings.title')}
              </ButtonLink>
            ) : null}
          </>
        }
      />
      <ApiErrorAlert error={grades.error} />
      <Row gutter={[24, 24]}>
        <Col xs={24} xl={12}>
          <Card title={t('countries.list.mapTitle')}>
            <Spin spinning={grades.isPending && !grades.error}>
              <WorldMap markers={NO_MARKERS} legend={false} layer={layer} label={t('countries.list.mapLabel')} />
            </Spin>
          </Card>
        </Col>
        <Col xs={24} xl={12}>
          <Card
            title={t('countries.list.tableTitle')}
            extra={
              grades.data ? (
                <Typography.Text type="secondary">
                  {t('countries.list.count', {
                    count: grades.data.length,
                    value: formatNumber(grades.data.length, i18n.resolvedLanguage),
                  })}
                </Typography.Text>
              ) : null
            }
          >
            <CountriesTable grades={grades.data} loading={grades.isPending && !grades.error} />
          </Card>
        </Col>
      </Row>
    </div>
  );
}
