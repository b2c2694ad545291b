import { Card, Col, Flex, Row, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ButtonLink } from '../../../components/ButtonLink';
import { useMe } from '../../auth/api';
import { ALLIANCE_SECTIONS, FOUR_PLATFORMS } from '../../platforms/platforms';
import { HomeHero } from '../components/HomeHero';
import { PlatformCards } from '../components/PlatformCards';

/** The public face of the alliance: who it is, its four platforms, and the way in. */
export function HomePage() {
  const { t } = useTranslation();
  const { data: me } = useMe();

  return (
    <div className="home">
      <HomeHero signedIn={Boolean(me)} />

      <section className="home-section" aria-labelledby="about-title">
        <Row gutter={[40, 24]}>
          <Col xs={24} lg={14}>
            <Typography.Title level={2} id="about-title">
              {t('home.about.title')}
            </Typography.Title>
            <Typography.Paragraph className="lead">{t('home.about.founding')}</Typography.Paragraph>
            <Typography.Paragraph className="lead">{t('home.about.chair')}</Typography.Paragraph>
          </Col>
          <Col xs={24} lg={10}>
            <Card title={t('home.about.foundersTitle')}>
              <ul className="founders">
                <li>{t('home.about.founderUae')}</li>
                <li>{t('home.about.founderSihanoukville')}</li>
              </ul>
              <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
                {t('home.about.hope')}
              </Typography.Paragraph>
            </Card>
          </Col>
        </Row>
      </section>

      <section className="home-section" id="platforms" aria-labelledby="platforms-title">
        <Typography.Title level={2} id="platforms-title">
          {t('home.platforms.title')}
        </Typography.Title>
        <Typography.Paragraph type="secondary" className="lead">
          {t('home.platforms.intro')}
        </Typography.Paragraph>
        <PlatformCards platforms={FOUR_PLATFORMS} />
      </section>

      <section className="home-section" aria-labelledby="around-title">
        <Typography.Title level={2} id="around-title">
          {t('home.around.title')}
        </Typography.Title>
        <PlatformCards platforms={ALLIANCE_SECTIONS} compact />
      </section>

      <section className="home-cta">
        <Card>
          <Flex justify="space-between" align="center" gap={16} wrap>
            <div>
              <Typography.Title level={3} style={{ margin: 0 }}>
                {me ? t('home.cta.welcome', { name: me.user.displayName }) : t('home.cta.title')}
              </Typography.Title>
              <Typography.Text type="secondary">{me ? t('home.cta.signedInText') : t('home.cta.text')}</Typography.Text>
            </div>
            {me ? (
              <ButtonLink to="/account" size="large">
                {t('nav.myAccount')}
              </ButtonLink>
            ) : (
              <Flex gap={8} wrap>
                <ButtonLink to="/login" type="primary" size="large">
                  {t('home.cta.signIn')}
                </ButtonLink>
                <ButtonLink to="/apply" size="large">
                  {t('home.cta.apply')}
                </ButtonLink>
              </Flex>
            )}
          </Flex>
        </Card>
      </section>
    </div>
  );
}
