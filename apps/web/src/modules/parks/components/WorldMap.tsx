import type { ParkMarkerDto, Sector } from '@alliance/contracts';
import { Flex, Tooltip, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useHref, useLinkClickHandler } from 'react-router';
import { countryName, pickName, sectorName } from '../../../lib/names';
import { formatUsd } from '../format';
import { LayerCountry, type MapLayer } from './MapLayer';
import { markerColor, markerRadius, maxInvestment, NO_SECTOR_COLOR, SECTOR_COLORS } from '../markers';
import { numericCode, regionGeometry, worldGeometry } from './worldGeometry';
import '../parks.css';

interface Props {
  markers: readonly ParkMarkerDto[];
  /** Host countries to tint (ISO alpha-2); the markers' countries when absent. */
  countries?: readonly string[];
  /** Centre on the markers (or the countries) instead of showing the whole world. */
  region?: boolean;
  /** The sector colours under the map. */
  legend?: boolean;
  /** Names the map for screen readers. */
  label: string;
  /** Countries coloured by a value over the land (e.g. the risk grade), with their legend. */
  layer?: MapLayer;
}

export type { MapLayer, MapLayerCountry } from './MapLayer';

/** In a regional view the markers are few and their sizes compare nothing: one size for all. */
const REGION_MARKER_RADIUS = 9;

interface PlacedMarker {
  park: ParkMarkerDto;
  x: number;
  y: number;
  r: number;
  color: string;
}

function Marker({ marker, language }: { marker: PlacedMarker; language: string | undefined }) {
  const { t } = useTranslation();
  const to = `/parks/${marker.park.id}`;
  const href = useHref(to);
  const onClick = useLinkClickHandler<HTMLAnchorElement>(to);
  const name = pickName(marker.park, language);
  const tooltip = (
    <div>
      <strong>{name}</strong>
      <div>{countryName(marker.park.country, language)}</div>
      <div>
        {marker.park.investmentUsd
          ? t('directory.map.investment', { amount: formatUsd(marker.park.investmentUsd, language, t, true) })
          : t('directory.map.noInvestment')}
      </div>
    </div>
  );
  return (
    <Tooltip title={tooltip} trigger={['hover', 'focus']}>
      <a
        href={href}
        onClick={onClick}
        aria-label={name}
        data-testid="map-marker"
        data-park-id={marker.park.id}
        className="world-map-marker"
      >
        <circle cx={marker.x} cy={marker.y} r={marker.r} fill={marker.color} />
      </a>
    </Tooltip>
  );
}

interface LegendProps {
  sectors: Sector[];
  withoutSector: boolean;
  language: string | undefined;
}

function Legend({ sectors, withoutSector, language }: LegendProps) {
  const { t } = useTranslation();
  const entries = sectors.map((sector) => ({
    key: sector,
    color: SECTOR_COLORS[sector],
    label: sectorName(sector, language),
  }));
  return (
    <Flex gap="4px 16px" wrap className="world-map-legend" aria-label={t('directory.map.legend')} role="list">
      {entries.map((entry) => (
        <span key={entry.key} role="listitem" className="world-map-legend-item">
          <span className="world-map-swatch" style={{ background: entry.color }} aria-hidden />
          {entry.label}
        </span>
      ))}
      {withoutSector ? (
        <span role="listitem" className="world-map-legend-item">
          <span className="world-map-swatch" style={{ background: NO_SECTOR_COLOR }} aria-hidden />
          {t('directory.map.noSector')}
        </span>
      ) : null}
      <Typography.Text type="secondary" role="listitem" className="world-map-legend-item">
        {t('directory.map.sizeHint')}
      </Typography.Text>
    </Flex>
  );
}

/** The parks on a world map drawn from bundled Natural Earth data: no tiles, works offline. */
export function WorldMap({ markers, countries, region = false, legend = true, label, layer }: Props) {
  const { i18n } = useTranslation();
  const language = i18n.resolvedLanguage;

  const hosts = useMemo(() => countries ?? [...new Set(markers.map((marker) => marker.country))], [countries, markers]);
  const geometry = useMemo(
    () =>
      region
        ? regionGeometry(
            markers.map((marker) => [marker.longitude, marker.latitude]),
            hosts,
          )
        : worldGeometry(),
    [region, markers, hosts],
  );

  const tinted = useMemo(() => new Set(hosts.map(numericCode)), [hosts]);
  // A layer replaces the host tint: its countries are drawn (and focusable) on their own.
  const layered = useMemo(
    () => new Map((layer?.countries ?? []).map((country) => [numericCode(country.country), country])),
    [layer],
  );

  const placed = useMemo(() => {
    const max = maxInvestment(markers);
    const out: PlacedMarker[] = [];
    for (const park of markers) {
      const point = geometry.projection([park.longitude, park.latitude]);
      if (!point) continue;
      const r = region ? REGION_MARKER_RADIUS : markerRadius(park.investmentUsd, max);
      out.push({
        park,
        x: Math.round(point[0] * 10) / 10,
        y: Math.round(point[1] * 10) / 10,
        r,
        color: markerColor(park.sectors),
      });
    }
    // Large circles first, so the small ones stay on top and can be pointed at.
    return out.sort((a, b) => b.r - a.r);
  }, [markers, geometry, region]);

  const legendSectors = useMemo(() => {
    const present = new Set(markers.map((marker) => marker.sectors[0]));
    return (Object.keys(SECTOR_COLORS) as Sector[]).filter((sector) => present.has(sector));
  }, [markers]);
  const withoutSector = markers.some((marker) => marker.sectors.length === 0);

  return (
    <div data-testid="world-map" className="world-map">
      <svg
        viewBox={`0 0 ${geometry.width} ${geometry.height}`}
        role="group"
        aria-label={label}
        className="world-map-svg"
        preserveAspectRatio="xMidYMid meet"
      >
        <path d={geometry.sphere} className="world-map-ocean" />
        <g aria-hidden>
          {geometry.countries
            .filter((country) => !layered.has(country.id))
            .map((country) => (
              <path
                key={country.id}
                d={country.d}
                className={!layer && tinted.has(country.id) ? 'world-map-host' : 'world-map-land'}
              />
            ))}
        </g>
        {layer ? (
          <g data-testid="map-layer">
            {geometry.countries.map((country) => {
              const shaded = layered.get(country.id);
              return shaded ? <LayerCountry key={country.id} country={shaded} d={country.d} /> : null;
            })}
          </g>
        ) : null}
        <g>
          {placed.map((marker) => (
            <Marker key={marker.park.id} marker={marker} language={language} />
          ))}
        </g>
      </svg>
      {layer?.legend}
      {legend ? <Legend sectors={legendSectors} withoutSector={withoutSector} language={language} /> : null}
    </div>
  );
}
