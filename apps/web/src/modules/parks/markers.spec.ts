import {
  MAX_MARKER_RADIUS,
  MIN_MARKER_RADIUS,
  markerColor,
  markerRadius,
  maxInvestment,
  NO_SECTOR_COLOR,
  SECTOR_COLORS,
} from './markers';

describe('markerRadius', () => {
  it('gives the largest park the largest circle', () => {
    expect(markerRadius('1000000000', 1e9)).toBe(MAX_MARKER_RADIUS);
  });

  it('grows the area, not the radius, with the investment', () => {
    const quarter = markerRadius('250000000', 1e9) - MIN_MARKER_RADIUS;
    expect(quarter).toBeCloseTo((MAX_MARKER_RADIUS - MIN_MARKER_RADIUS) / 2);
  });

  it('gives parks without a figure the smallest circle', () => {
    expect(markerRadius(null, 1e9)).toBe(MIN_MARKER_RADIUS);
    expect(markerRadius('0', 1e9)).toBe(MIN_MARKER_RADIUS);
    expect(markerRadius('not a number', 1e9)).toBe(MIN_MARKER_RADIUS);
    expect(markerRadius('5000', 0)).toBe(MIN_MARKER_RADIUS);
  });

  it('takes the maximum from decimal strings', () => {
    expect(
      maxInvestment([{ investmentUsd: '12.50' }, { investmentUsd: null }, { investmentUsd: '300000000.00' }]),
    ).toBe(3e8);
  });
});

describe('markerColor', () => {
  it('colours by the first sector', () => {
    expect(markerColor(['trade', 'electronics'])).toBe(SECTOR_COLORS.trade);
    expect(markerColor([])).toBe(NO_SECTOR_COLOR);
  });

  it('gives every sector its own colour', () => {
    const colours = Object.values(SECTOR_COLORS);
    expect(new Set(colours).size).toBe(colours.length);
  });
});
