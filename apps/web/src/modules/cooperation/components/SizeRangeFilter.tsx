import { Input, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { groupDecimal } from '../../financing/format';
import { compareAmounts, parseAmount } from '../../financing/money';

interface Props {
  min: string | undefined;
  max: string | undefined;
  onChange: (range: { minSizeUsd: string | undefined; maxSizeUsd: string | undefined }) => void;
}

/** The project's size in USD from … to …, exact decimal strings; applied on Enter or when a field is left. */
export function SizeRangeFilter(props: Props) {
  // Keyed on the address's values: going back in history refills the fields.
  return <SizeRangeFields key={`${props.min ?? ''}-${props.max ?? ''}`} {...props} />;
}

function SizeRangeFields({ min, max, onChange }: Props) {
  const { t } = useTranslation();
  const [from, setFrom] = useState(min ? groupDecimal(min) : '');
  const [to, setTo] = useState(max ? groupDecimal(max) : '');
  const low = parseAmount(from);
  const high = parseAmount(to);
  const badFrom = from.trim() !== '' && low === null;
  const badTo = to.trim() !== '' && high === null;
  const upsideDown = low !== null && high !== null && compareAmounts(low, high) > 0;

  const apply = (fromText = from, toText = to) => {
    const lower = parseAmount(fromText);
    const upper = parseAmount(toText);
    if ((fromText.trim() && lower === null) || (toText.trim() && upper === null)) return;
    if (lower !== null && upper !== null && compareAmounts(lower, upper) > 0) return;
    if ((lower ?? undefined) !== min || (upper ?? undefined) !== max)
      onChange({ minSizeUsd: lower ?? undefined, maxSizeUsd: upper ?? undefined });
  };

  return (
    <Space.Compact className="coop-size-filter" data-testid="filter-size">
      <Input
        value={from}
        onChange={(event) => {
          setFrom(event.target.value);
          if (event.target.value === '') apply('', to);
        }}
        onBlur={() => apply()}
        onPressEnter={() => apply()}
        status={badFrom || upsideDown ? 'error' : undefined}
        inputMode="decimal"
        prefix="USD"
        placeholder={t('cooperation.filters.sizeMin')}
        aria-label={t('cooperation.filters.sizeMin')}
        allowClear
        style={{ width: 170 }}
        data-testid="filter-size-min"
      />
      <Input
        value={to}
        onChange={(event) => {
          setTo(event.target.value);
          if (event.target.value === '') apply(from, '');
        }}
        onBlur={() => apply()}
        onPressEnter={() => apply()}
        status={badTo || upsideDown ? 'error' : undefined}
        inputMode="decimal"
        prefix="USD"
        placeholder={t('cooperation.filters.sizeMax')}
        aria-label={t('cooperation.filters.sizeMax')}
        allowClear
        style={{ width: 170 }}
        data-testid="filter-size-max"
      />
    </Space.Compact>
  );
}
