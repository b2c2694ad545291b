import type { TFunction } from 'i18next';
import { formatNumber } from '../../lib/names';

function numberLocale(language: string | undefined): string {
  return language === 'zh' ? 'zh-CN' : 'en-GB';
}

/** A large figure in a few characters: "1.2bn" / "12亿". Display only, so float precision is fine. */
export function compactNumber(value: number | string | null | undefined, language: string | undefined): string {
  if (value === null || value === undefined || value === '') return '—';
  const number = Number(value);
  if (!Number.isFinite(number)) return String(value);
  return new Intl.NumberFormat(numberLocale(language), { notation: 'compact', maximumFractionDigits: 1 }).format(
    number,
  );
}

/** An amount in US dollars, "US$ 1.2bn" / "12亿美元" when compact, every digit otherwise. */
export function formatUsd(
  value: string | null | undefined,
  language: string | undefined,
  t: TFunction,
  compact = false,
): string {
  if (value === null || value === undefined || value === '') return '—';
  const amount = compact ? compactNumber(value, language) : formatNumber(value, language);
  return t('parks.usd', { amount });
}

/** "10.6094° N, 103.5296° E" / "北纬 10.6094°，东经 103.5296°". */
export function formatCoordinates(latitude: number | null, longitude: number | null, t: TFunction): string {
  if (latitude === null || longitude === null) return '—';
  const lat = t(latitude >= 0 ? 'parks.coordinates.north' : 'parks.coordinates.south', {
    value: Math.abs(latitude).toFixed(4),
  });
  const lon = t(longitude >= 0 ? 'parks.coordinates.east' : 'parks.coordinates.west', {
    value: Math.abs(longitude).toFixed(4),
  });
  return t('parks.coordinates.pair', { lat, lon });
}
