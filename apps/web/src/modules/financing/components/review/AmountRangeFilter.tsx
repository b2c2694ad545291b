import { Input, Space, Tooltip } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { groupDecimal } from '../../format';
import { compareAmounts, parseAmount } from '../../money';

interface Props {
  min: string | undefined;
  max: string | undefined;
  onChange: (range: { amountMin: string | undefined; amountMax: string | undefined }) => void;
}

/**
 * The requested amount from … to …, as decimal strings (grouping commas allowed). Applied on
 * Enter or when the field is left; a value that is not an amount is shown in error and not sent.
 */
export function AmountRangeFilter({ min, max, onChange }: Props) {
  const { t } = useTranslation();
  // Keyed on the address's values: going back in history refills the fields.
  return (
    <AmountRangeFields
      key={`${min ?? ''}-${max ?? ''}`}
      min={min}
      max={max}
      onChange={onChange}
      label={t('financing.reviews.filters.amount')}
    />
  );
}

function AmountRangeFields({ min, max, onChange, label }: Props & { label: string }) {
  const { t } = useTranslation();
  const [from, setFrom] = useState(min ? groupDecimal(min) : '');
  const [to, setTo] = useState(max ? groupDecimal(max) : '');
  const check = (fromText: string, toText: string) => {
    const low = parseAmount(fromText);
    const high = parseAmount(toText);
    const badFrom = fromText.trim() !== '' && low === null;
    const badTo = toText.trim() !== '' && high === null;
    const upsideDown = low !== null && high !== null && compareAmounts(low, high) > 0;
    return {
      low,
      high,
      badFrom: badFrom || upsideDown,
      badTo: badTo || upsideDown,
      problem: badFrom || badTo ? 'invalid' : upsideDown ? 'upsideDown' : null,
    };
  };
  const state = check(from, to);

  const apply = (fromText = from, toText = to) => {
    const next = check(fromText, toText);
    if (next.problem) return;
    const amountMin = next.low ?? undefined;
    const amountMax = next.high ?? undefined;
    if (amountMin !== min || amountMax !== max) onChange({ amountMin, amountMax });
  };

  return (
    <Tooltip
      title={
        state.problem === 'invalid'
          ? t('financing.reviews.filters.amountInvalid')
          : t('financing.reviews.filters.amountUpsideDown')
      }
      open={state.problem !== null}
    >
      <Space.Compact aria-label={label} data-testid="queue-filter-amount">
        <Input
          value={from}
          onChange={(event) => {
            setFrom(event.target.value);
            // Emptied (typed away or cleared with the cross): the bound is lifted at once.
            if (event.target.value === '') apply('', to);
          }}
          onBlur={() => apply()}
          onPressEnter={() => apply()}
          status={state.badFrom ? 'error' : undefined}
          inputMode="decimal"
          placeholder={t('financing.reviews.filters.amountMin')}
          aria-label={t('financing.reviews.filters.amountMin')}
          allowClear
          style={{ width: 150 }}
        />
        <Input
          value={to}
          onChange={(event) => {
            setTo(event.target.value);
            if (event.target.value === '') apply(from, '');
          }}
          onBlur={() => apply()}
          onPressEnter={() => apply()}
          status={state.badTo ? 'error' : undefined}
          inputMode="decimal"
          placeholder={t('financing.reviews.filters.amountMax')}
          aria-label={t('financing.reviews.filters.amountMax')}
          allowClear
          style={{ width: 150 }}
        />
      </Space.Compact>
    </Tooltip>
  );
}
