import { Button, Col, Flex, Row, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ButtonLink } from '../../../components/ButtonLink';

const FACTS = ['founded', 'founders', 'platforms', 'chair'] as const;

export function HomeHero({ signedIn }: { signedIn: boolean }) {
  const { t } = useTranslation();
  return (
    <section className="hero" aria-labelledby="hero-title">
      <div className="hero-inner">
        <div className="eyebrow">{t('home.hero.eyebrow')}</div>
        <Typography.Title level={1} id="hero-title">
          {t('app.name')}
        </Typography.Title>
        <p className="hero-text">{t('home.hero.text')}</p>
        <Flex gap={12} wrap style={{ marginTop: 24 }}>
          {signedIn ? (
            <ButtonLink to="/posts" size="large" className="sign-in-button">
              {t('home.hero.openPlatforms')}
            </ButtonLink>
          ) : (
            <Button href="#platforms" size="large" className="sign-in-button">
              {t('home.hero.explore')}
            </Button>
          )}
          <ButtonLink to="/directory" size="large" ghost>
            {t('home.hero.directory')}
          </ButtonLink>
        </Flex>
        <Row gutter={[24, 20]} className="hero-facts">
          {FACTS.map((fact) => (
            <Col key={fact} xs={12} md={6}>
              <div className="hero-fact">
                <div className="value">{t(`home.facts.${fact}.value`)}</div>
                <div className="label">{t(`home.facts.${fact}.label`)}</div>
              </div>
            </Col>
          ))}
        </Row>
      </div>
    </section>
  );
}
