import { PARK_STATUSES, type ParkStatus } from '@alliance/contracts';
import { Select, type SelectProps } from 'antd';
import { useTranslation } from 'react-i18next';

type Props = Omit<SelectProps<ParkStatus>, 'options'>;

/** A picker over the park statuses of the contracts, in the reader's language. */
export function ParkStatusSelect(props: Props) {
  const { t } = useTranslation();
  const options = PARK_STATUSES.map((status) => ({ value: status, label: t(`enums.parkStatus.${status}`) }));
  return <Select options={options} {...props} />;
}
