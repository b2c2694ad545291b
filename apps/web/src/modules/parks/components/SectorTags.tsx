import type { Sector } from '@alliance/contracts';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { sectorName } from '../../../lib/names';
import { SECTOR_COLORS } from '../markers';
import '../parks.css';

/** The park's sectors, each with the colour its marker has on the map. */
export function SectorTags({ sectors }: { sectors: readonly Sector[] }) {
  const { i18n } = useTranslation();
  return (
    <>
      {sectors.map((sector) => (
        <Tag key={sector} variant="outlined" style={{ marginBlock: 2 }}>
          <span
            className="world-map-swatch"
            style={{ background: SECTOR_COLORS[sector], marginInlineEnd: 6 }}
            aria-hidden
          />
          {sectorName(sector, i18n.resolvedLanguage)}
        </Tag>
      ))}
    </>
  );
}
