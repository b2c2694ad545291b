import { SECTORS, type Sector } from '@alliance/contracts';
import { Select, type SelectProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { sectorName } from '../lib/names';

type Props = Omit<SelectProps<Sector | Sector[]>, 'options'>;

/** A picker over the fixed sector list of the contracts, labelled in the reader's language. */
export function SectorSelect(props: Props) {
  const { i18n } = useTranslation();
  const options = SECTORS.map((sector) => ({ value: sector, label: sectorName(sector, i18n.resolvedLanguage) }));
  return <Select showSearch={{ optionFilterProp: 'label' }} options={options} {...props} />;
}
