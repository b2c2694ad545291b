import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMe } from '../../auth/api';
import { ALLIANCE_SECTIONS, FOUR_PLATFORMS } from '../../platforms/platforms';
import { CriticalAlertBanner } from '../components/CriticalAlertBanner';
import { HomeHero } from '../components/HomeHero';
import { PlatformCards } from '../components/PlatformCards';
import '../home.css';

/**
 * The public face of the alliance: who it is, its four platforms, and the way in. The landing page:
 * drawn without antd (in its look, home.css) so that a first visit loads little JavaScript.
 */
export function HomePage() {
  const { t } = useTranslation();
  const { data: me } = useMe();

  return (
    <div className="home">
      <CriticalAlertBanner me={me} />
      <HomeHero signedIn={Boolean(me)} />

      <section className="home-section" aria-labelledby="about-title">
        <div className="home-about">
          <div>
            <h2 id="about-title">{t('home.about.title')}</h2>
            <p className="lead">{t('home.about.founding')}</p>
            <p className="lead">{t('home.about.chair')}</p>
          </div>
          <div className="home-card">
            <div className="home-card-head">{t('home.about.foundersTitle')}</div>
            <div className="home-card-body">
              <ul className="founders">
                <li>{t('home.about.founderUae')}</li>
                <li>{t('home.about.founderSihanoukville')}</li>
              </ul>
              <p className="text-secondary" style={{ marginBottom: 0 }}>
                {t('home.about.hope')}
              </p>
            </div>
          </div>
        </div>
      </section>

      <section className="home-section" id="platforms" aria-labelledby="platforms-title">
        <h2 id="platforms-title">{t('home.platforms.title')}</h2>
        <p className="text-secondary lead">{t('home.platforms.intro')}</p>
        <PlatformCards platforms={FOUR_PLATFORMS} />
      </section>

      <section className="home-section" aria-labelledby="around-title">
        <h2 id="around-title">{t('home.around.title')}</h2>
        <PlatformCards platforms={ALLIANCE_SECTIONS} compact />
      </section>

      <section className="home-cta">
        <div className="home-card home-card-body">
          <div className="home-cta-row">
            <div>
              <h3>{me ? t('home.cta.welcome', { name: me.user.displayName }) : t('home.cta.title')}</h3>
              <span className="text-secondary">{me ? t('home.cta.signedInText') : t('home.cta.text')}</span>
            </div>
            {me ? (
              <Link to="/account" className="shell-button large">
                {t('nav.myAccount')}
              </Link>
            ) : (
              <div className="home-cta-actions">
                <Link to="/login" className="shell-button large primary">
                  {t('home.cta.signIn')}
                </Link>
                <Link to="/apply" className="shell-button large">
                  {t('home.cta.apply')}
                </Link>
              </div>
            )}
          </div>
        </div>
      </section>
    </div>
  );
}
