import type { Sector } from '@alliance/contracts';

/** One colour per sector, so a marker's colour says what its park mainly does. */
export const SECTOR_COLORS: Record<Sector, string> = {
  textiles_garments: '#e15759',
  building_materials: '#9c755f',
  machinery_equipment: '#4e79a7',
  automotive: '#2f4b7c',
  electronics: '#76b7b2',
  chemicals: '#b07aa1',
  steel_metals: '#79706e',
  new_energy: '#59a14f',
  energy_power: '#f28e2b',
  agriculture_food: '#b6992d',
  pharmaceuticals: '#ff9da7',
  logistics_warehousing: '#edc948',
  trade: '#d37295',
  digital_economy: '#499894',
};

/** Parks that name no sector. */
export const NO_SECTOR_COLOR = '#0b3d6e';

export function markerColor(sectors: readonly Sector[]): string {
  const first = sectors[0];
  return first ? (SECTOR_COLORS[first] ?? NO_SECTOR_COLOR) : NO_SECTOR_COLOR;
}

export const MIN_MARKER_RADIUS = 4;
export const MAX_MARKER_RADIUS = 18;

function amount(value: string | null | undefined): number {
  const number = Number(value ?? '');
  return Number.isFinite(number) && number > 0 ? number : 0;
}

/** The largest investment among the markers, the top of the radius scale. */
export function maxInvestment(markers: ReadonlyArray<{ investmentUsd: string | null }>): number {
  return markers.reduce((max, marker) => Math.max(max, amount(marker.investmentUsd)), 0);
}

/**
 * A square-root scale, so a circle's area (not its radius) grows with the investment.
 * Parks without a figure get the smallest circle.
 */
export function markerRadius(investmentUsd: string | null | undefined, max: number): number {
  const value = amount(investmentUsd);
  if (value === 0 || max <= 0) return MIN_MARKER_RADIUS;
  const share = Math.sqrt(Math.min(value, max) / max);
  return MIN_MARKER_RADIUS + share * (MAX_MARKER_RADIUS - MIN_MARKER_RADIUS);
}
