import type { PublicResultsDto } from '@alliance/contracts';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../../lib/names';
import { usePublicResults } from '../../results/api';

const FIGURES = ['members', 'parks', 'hostCountries', 'enterprises', 'investment', 'jobs'] as const;
type Figure = (typeof FIGURES)[number];

/** Large sums read better short: "US$ 12.3B", "123亿". */
function compact(value: string, language: string | undefined): string {
  return new Intl.NumberFormat(language === 'zh' ? 'zh-CN' : 'en', {
    notation: 'compact',
    maximumFractionDigits: 1,
  }).format(Number(value));
}

function valueOf(figure: Figure, data: PublicResultsDto, language: string | undefined): string {
  switch (figure) {
    case 'investment':
      return compact(data.investmentUsd, language);
    case 'jobs':
      return formatNumber(data.localJobs, language);
    default:
      return formatNumber(data[figure], language);
  }
}

/**
 * The alliance today, live from the data (`/api/results/public`): active members and their parks, host
 * countries, enterprises, investment and jobs, beside the founding facts. Nothing shows until it loads,
 * and nothing when it fails: the founding facts stand alone then.
 */
export function LiveFigures() {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage;
  const { data } = usePublicResults();
  if (!data) return null;
  return (
    <section className="hero-live" aria-labelledby="hero-live-title" data-testid="home-live-figures">
      <h2 id="hero-live-title" className="hero-live-title">
        {t('results.public.title')}
      </h2>
      <dl className="hero-facts live">
        {FIGURES.map((figure) => (
          <div key={figure} className="hero-fact" data-testid={`live-${figure}`}>
            <dt className="label">{t(`results.public.${figure}`)}</dt>
            <dd className="value">{valueOf(figure, data, language)}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
