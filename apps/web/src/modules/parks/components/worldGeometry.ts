import { COUNTRY_NUMERIC_CODES, isCountryCode } from '@alliance/contracts';
import { geoBounds, geoNaturalEarth1, geoPath, type GeoProjection } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry, MultiPoint } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import world from 'world-atlas/countries-110m.json';

type CountryFeature = Feature<Geometry, { name: string }>;

const topology = world as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;
const ANTARCTICA = '010';

/** Natural Earth 1:110m countries, Antarctica aside (no park there, and it would take a fifth of the height). */
const COUNTRIES: CountryFeature[] = (
  feature(topology, topology.objects.countries) as FeatureCollection<Geometry, { name: string }>
).features.filter((country) => country.id !== ANTARCTICA);

const INHABITED: FeatureCollection = { type: 'FeatureCollection', features: COUNTRIES };

export const WORLD_WIDTH = 960;
export const REGION_SIZE = { width: 640, height: 400 } as const;

/** The smallest stretch of the globe the regional view shows, in degrees, so a small country keeps its neighbours. */
const REGION_SPAN = { longitude: 28, latitude: 18 } as const;

export function numericCode(alpha2: string): string | undefined {
  const code = alpha2.toUpperCase();
  return isCountryCode(code) ? COUNTRY_NUMERIC_CODES[code] : undefined;
}

export interface MapGeometry {
  width: number;
  height: number;
  projection: GeoProjection;
  sphere: string;
  countries: Array<{ id: string; name: string; d: string }>;
}

function draw(projection: GeoProjection, width: number, height: number): MapGeometry {
  // A tenth of a view-box unit is finer than any screen shows, and keeps the markup small.
  const path = geoPath(projection).digits(1);
  return {
    width,
    height,
    projection,
    sphere: path({ type: 'Sphere' }) ?? '',
    countries: COUNTRIES.map((country, index) => ({
      // A few disputed areas have no ISO code in Natural Earth.
      id: country.id === undefined ? `x${index}` : String(country.id),
      name: country.properties.name,
      d: path(country) ?? '',
    })),
  };
}

let worldView: MapGeometry | null = null;

/** The whole inhabited world, as wide as the view box; computed once. */
export function worldGeometry(): MapGeometry {
  if (!worldView) {
    const projection = geoNaturalEarth1().fitWidth(WORLD_WIDTH, INHABITED);
    const [[, top], [, bottom]] = geoPath(projection).bounds(INHABITED);
    worldView = draw(projection, WORLD_WIDTH, Math.ceil(bottom - top));
  }
  return worldView;
}

type Box = [[number, number], [number, number]];

/** The box widened to at least REGION_SPAN around its centre. */
function widen([[west, south], [east, north]]: Box): MultiPoint {
  const halfLon = Math.max((east - west) / 2, REGION_SPAN.longitude / 2);
  const halfLat = Math.max((north - south) / 2, REGION_SPAN.latitude / 2);
  const lon = (west + east) / 2;
  const lat = (south + north) / 2;
  return {
    type: 'MultiPoint',
    coordinates: [
      [lon - halfLon, Math.max(-85, lat - halfLat)],
      [lon + halfLon, Math.min(85, lat + halfLat)],
    ],
  };
}

/**
 * A regional view around the markers or, without any, around the given countries;
 * the whole world when there is nothing to centre on.
 */
export function regionGeometry(points: Array<[number, number]>, countries: readonly string[]): MapGeometry {
  let box: Box | null = null;
  if (points.length > 0) {
    const longitudes = points.map(([longitude]) => longitude);
    const latitudes = points.map(([, latitude]) => latitude);
    box = [
      [Math.min(...longitudes), Math.min(...latitudes)],
      [Math.max(...longitudes), Math.max(...latitudes)],
    ];
  } else {
    const codes = new Set(countries.map(numericCode));
    const features = COUNTRIES.filter((country) => codes.has(String(country.id)));
    if (features.length > 0) box = geoBounds({ type: 'FeatureCollection', features }) as Box;
  }
  // No place to centre on, or a box across the antimeridian (west > east): the world it is.
  if (!box || box[0][0] > box[1][0]) return worldGeometry();
  const { width, height } = REGION_SIZE;
  const projection = geoNaturalEarth1().fitExtent(
    [
      [16, 16],
      [width - 16, height - 16],
    ],
    widen(box),
  );
  return draw(projection, width, height);
}
