import type { MeResponse, Paginated, RiskAlertSummaryDto } from '@alliance/contracts';
import { htmlLang, pickTitle, readerLanguage } from '@alliance/contracts';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useAbility } from '../../../lib/ability';
import { apiFetch } from '../../../lib/apiClient';
import { countryName } from '../../../lib/names';

/** At most this many alerts in the banner; the list has the others. */
const SHOWN = 3;

/**
 * The active critical alerts that expose the signed-in member's organization, asked only for a
 * member (visitors are never exposed). Its own key: the alerts module is not loaded on the home page.
 */
function useExposedCriticalAlerts(me: MeResponse | null | undefined) {
  return useQuery({
    queryKey: ['home', 'critical-alerts', me?.user.id],
    queryFn: ({ signal }) =>
      apiFetch<Paginated<RiskAlertSummaryDto>>('/api/risk-alerts', {
        query: { status: 'active', severity: 'critical', exposed: true, limit: SHOWN },
        signal,
      }),
    enabled: Boolean(me),
    staleTime: 60_000,
  });
}

/**
 * A banner at the top of the home page while a critical alert exposes the member's organization:
 * drawn without antd (the landing route's weight), a region with its heading for screen readers.
 */
export function CriticalAlertBanner({ me }: { me: MeResponse | null | undefined }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage;
  const reader = readerLanguage(language);
  const ability = useAbility();
  const { data } = useExposedCriticalAlerts(me);
  const alerts = data?.items ?? [];
  if (!me || alerts.length === 0) return null;
  // Only an admin of an exposed organization acknowledges (`riskAlertActions`).
  const admin = ability.can('acknowledge', 'RiskAlert');

  return (
    <section className="home-alert-banner" aria-labelledby="home-alert-title" data-testid="critical-alert-banner">
      <div className="home-alert-inner">
        <h2 id="home-alert-title" className="home-alert-heading">
          <span className="home-alert-icon" aria-hidden>
            !
          </span>
          {t('home.alertBanner.title', { count: alerts.length })}
        </h2>
        <ul className="home-alert-list">
          {alerts.map((alert) => {
            const title = pickTitle(alert, reader);
            const countries = alert.countries.map((code) => countryName(code, language)).join(', ');
            const acknowledged = Boolean(alert.exposure?.acknowledgedAt);
            return (
              <li key={alert.id} data-testid="critical-alert" data-alert-id={alert.id}>
                <p className="home-alert-where">
                  {t('home.alertBanner.where', { countries })}
                  {alert.place ? ` — ${alert.place}` : null}
                </p>
                <p className="home-alert-title" lang={htmlLang(title.language)}>
                  {title.text}
                </p>
                <p className="home-alert-text">
                  {acknowledged
                    ? t('home.alertBanner.acknowledged')
                    : t(admin ? 'home.alertBanner.askAdmin' : 'home.alertBanner.askMember')}
                </p>
                <div className="home-alert-actions">
                  <Link
                    to={`/policy/alerts/${alert.id}`}
                    className="shell-button primary"
                    data-testid="critical-alert-read"
                  >
                    {t('home.alertBanner.read')}
                  </Link>
                  {admin && !acknowledged ? (
                    <Link
                      to={`/policy/alerts/${alert.id}?acknowledge=1`}
                      className="shell-button"
                      data-testid="critical-alert-acknowledge"
                    >
                      {t('home.alertBanner.acknowledge')}
                    </Link>
                  ) : null}
                </div>
              </li>
            );
          })}
        </ul>
      </div>
    </section>
  );
}
