import { ArrowLeftOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Col, Flex, Row } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { ErrorResult } from '../../../app/ErrorBoundary';
import { PageSpinner } from '../../../app/guards';
import { PageHeader } from '../../../components/PageHeader';
import { countryName } from '../../../lib/names';
import { useMe } from '../../auth/api';
import { CountryAlerts } from '../../risk-alerts/components/CountryAlerts';
import { useCountryProfile } from '../api';
import { CountryBriefs } from '../components/CountryBriefs';
import { CountryMap } from '../components/CountryMap';
import { CountryNotes } from '../components/CountryNotes';
import { CountryNotFound, isUnknownCountry } from '../components/CountryNotFound';
import { CountryParks } from '../components/CountryParks';
import { CurrentRating } from '../components/CurrentRating';
import { NotesEditor } from '../components/NotesEditor';
import { ProposeRatingModal } from '../components/ProposeRatingModal';
import { RatingCard } from '../components/RatingCard';
import { RiskHistory } from '../components/RiskHistory';

/**
 * `/policy/countries/:code`: a host country's profile. Everyone sees its current grade and outlook,
 * parks and public briefs; members the rationale, the history (a chart and its table) and the
 * secretariat's notes; who may propose a change or decide on one finds the buttons here.
 */
export function CountryPage() {
  const params = useParams<{ code: string }>();
  const code = params.code?.toUpperCase();
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage;
  const { hash } = useLocation();
  const { data: me } = useMe();
  const query = useCountryProfile(code);
  const [proposing, setProposing] = useState(false);
  const [editingNotes, setEditingNotes] = useState(false);
  const loaded = Boolean(query.data);

  // A notification's link names the proposal (#rating-…): bring it into view once the page is drawn.
  useEffect(() => {
    if (loaded && hash.startsWith('#rating-')) document.getElementById(hash.slice(1))?.scrollIntoView();
  }, [loaded, hash]);

  if (query.isPending) return <PageSpinner />;
  if (isUnknownCountry(query.error)) return <CountryNotFound />;
  if (query.error) return <ErrorResult error={query.error} onRetry={() => void query.refetch()} />;
  const profile = query.data;
  const name = countryName(profile.country, language);
  const signedIn = Boolean(me);

  return (
    <div className="page" data-testid="country-page">
      <Link to="/policy/countries">
        <ArrowLeftOutlined /> {t('countries.list.title')}
      </Link>
      <div style={{ height: 12 }} />
      <PageHeader
        title={name}
        subtitle={t('countries.profile.subtitle', { code: profile.country })}
        extra={
          <>
            {profile.canPropose ? (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setProposing(true)} data-testid="propose">
                {t('countries.propose.button')}
              </Button>
            ) : null}
            {profile.canEditNotes ? (
              <Button icon={<EditOutlined />} onClick={() => setEditingNotes(true)} data-testid="edit-notes">
                {t('countries.notes.edit')}
              </Button>
            ) : null}
          </>
        }
      />
      <Row gutter={[24, 24]}>
        <Col xs={24} lg={15}>
          <Flex vertical gap={24}>
            {signedIn ? (
              <Card title={t('riskAlerts.country.title')} data-testid="country-alerts-card">
                <CountryAlerts country={profile.country} />
              </Card>
            ) : null}
            <Card title={t('countries.current.title')}>
              <CurrentRating profile={profile} signedIn={signedIn} />
            </Card>
            {profile.proposals.length > 0 ? (
              <Card title={t('countries.proposals.title')} data-testid="country-proposals">
                {profile.proposals.map((rating) => (
                  <RatingCard key={rating.id} rating={rating} current={profile.current} />
                ))}
              </Card>
            ) : null}
            {signedIn ? (
              <>
                <Card title={t('countries.history.title')} data-testid="risk-history">
                  <RiskHistory country={profile.country} history={profile.history} />
                </Card>
                <Card title={t('countries.notes.title')}>
                  <CountryNotes profile={profile} />
                </Card>
              </>
            ) : null}
          </Flex>
        </Col>
        <Col xs={24} lg={9}>
          <Flex vertical gap={24}>
            <Card title={t('countries.profile.location')}>
              <CountryMap profile={profile} />
            </Card>
            <Card title={t('countries.parks.title')}>
              <CountryParks parks={profile.parks} />
            </Card>
            <Card title={t('countries.briefs.title')}>
              <CountryBriefs briefs={profile.briefs} />
            </Card>
          </Flex>
        </Col>
      </Row>
      {proposing ? (
        <ProposeRatingModal country={profile.country} current={profile.current} onClose={() => setProposing(false)} />
      ) : null}
      {editingNotes ? (
        <NotesEditor
          profile={profile}
          onReload={() => query.refetch()}
          reloading={query.isFetching}
          onClose={() => setEditingNotes(false)}
        />
      ) : null}
    </div>
  );
}
