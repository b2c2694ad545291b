import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LiveFigures } from './LiveFigures';

const FACTS = ['founded', 'founders', 'platforms', 'chair'] as const;

export function HomeHero({ signedIn }: { signedIn: boolean }) {
  const { t } = useTranslation();
  return (
    <section className="hero" aria-labelledby="hero-title">
      <div className="hero-inner">
        <div className="eyebrow">{t('home.hero.eyebrow')}</div>
        <h1 id="hero-title">{t('app.name')}</h1>
        <p className="hero-text">{t('home.hero.text')}</p>
        <div className="hero-actions">
          {signedIn ? (
            <Link to="/posts" className="shell-button large sign-in-button">
              {t('home.hero.openPlatforms')}
            </Link>
          ) : (
            <a href="#platforms" className="shell-button large sign-in-button">
              {t('home.hero.explore')}
            </a>
          )}
          <Link to="/directory" className="shell-button large ghost">
            {t('home.hero.directory')}
          </Link>
        </div>
        <div className="hero-facts">
          {FACTS.map((fact) => (
            <div key={fact} className="hero-fact">
              <div className="value">{t(`home.facts.${fact}.value`)}</div>
              <div className="label">{t(`home.facts.${fact}.label`)}</div>
            </div>
          ))}
        </div>
        <LiveFigures />
      </div>
    </section>
  );
}
