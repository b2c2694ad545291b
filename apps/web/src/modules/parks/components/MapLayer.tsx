import { Tooltip } from 'antd';
import type { ReactNode } from 'react';
import { useHref, useLinkClickHandler } from 'react-router';

/** A country of a layer over the map: its fill, its name for readers (with what the colour means), where it leads. */
export interface MapLayerCountry {
  /** ISO 3166-1 alpha-2. */
  country: string;
  fill: string;
  /** The accessible name and the tooltip: the colour is never the only cue. */
  label: string;
  to: string;
}

/** Countries coloured by a value (e.g. the risk grade), with the legend that explains the colours. */
export interface MapLayer {
  countries: readonly MapLayerCountry[];
  legend?: ReactNode;
}

/** One country of the layer: a link to its page, named and explained on hover and on focus. */
export function LayerCountry({ country, d }: { country: MapLayerCountry; d: string }) {
  const href = useHref(country.to);
  const onClick = useLinkClickHandler<HTMLAnchorElement>(country.to);
  return (
    <Tooltip title={country.label} trigger={['hover', 'focus']}>
      <a
        href={href}
        onClick={onClick}
        aria-label={country.label}
        className="world-map-layer-country"
        data-testid="map-layer-country"
        data-country={country.country}
        data-fill={country.fill}
      >
        <path d={d} style={{ fill: country.fill }} />
      </a>
    </Tooltip>
  );
}
