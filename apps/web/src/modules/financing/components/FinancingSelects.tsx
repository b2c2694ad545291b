import {
  FINANCING_INSTRUMENTS,
  FINANCING_REQUEST_STATUSES,
  FINANCING_REVIEW_STATUSES,
  type CurrencyCode,
  type FinancingInstrument,
  type FinancingRequestStatus,
  type FinancingReviewStatus,
} from '@alliance/contracts';
import { Select, type SelectProps } from 'antd';
import type { CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import { CountrySelect } from '../../../components/CountrySelect';
import { CurrencySelect } from './CurrencySelect';

/** The financing instruments, named in the reader's language: the request editor's field and the lists' filter. */
export function InstrumentSelect(props: Omit<SelectProps<FinancingInstrument>, 'options'>) {
  const { t } = useTranslation();
  return (
    <Select<FinancingInstrument>
      options={FINANCING_INSTRUMENTS.map((instrument) => ({
        value: instrument,
        label: t(`financing.instrument.${instrument}`),
      }))}
      {...props}
    />
  );
}

/** A filter of a financing list (the requester's, the queue, the pipeline); each bar sets its width and test id. */
interface FilterProps<T extends string> {
  value: T | undefined;
  /** Undefined when the filter is cleared. */
  onChange: (value: T | undefined) => void;
  style?: CSSProperties;
  'data-testid'?: string;
}

/** A filter is named by its placeholder, read out as its label too, and can be cleared. */
function named(label: string) {
  return { allowClear: true, 'aria-label': label, placeholder: label };
}

/** Where the request stands; the pipeline offers only the statuses it lists. */
export function RequestStatusFilter({
  statuses = FINANCING_REQUEST_STATUSES,
  ...props
}: FilterProps<FinancingRequestStatus> & { statuses?: readonly FinancingRequestStatus[] }) {
  const { t } = useTranslation();
  return (
    <Select<FinancingRequestStatus>
      {...named(t('financing.fields.status'))}
      options={statuses.map((status) => ({ value: status, label: t(`financing.requestStatus.${status}`) }))}
      {...props}
    />
  );
}

/** Where the institution's own review stands. */
export function ReviewStatusFilter(props: FilterProps<FinancingReviewStatus>) {
  const { t } = useTranslation();
  return (
    <Select<FinancingReviewStatus>
      {...named(t('financing.reviews.filters.reviewStatus'))}
      options={FINANCING_REVIEW_STATUSES.map((status) => ({
        value: status,
        label: t(`financing.reviewStatus.${status}`),
      }))}
      {...props}
    />
  );
}

export function InstrumentFilter(props: FilterProps<FinancingInstrument>) {
  const { t } = useTranslation();
  return <InstrumentSelect {...named(t('financing.fields.instrument'))} {...props} />;
}

/** The host country; `only` narrows the choice to the countries that have requests. */
export function CountryFilter(props: FilterProps<string> & { only?: readonly string[] }) {
  const { t } = useTranslation();
  return <CountrySelect {...named(t('financing.fields.country'))} {...props} />;
}

export function CurrencyFilter(props: FilterProps<CurrencyCode>) {
  const { t } = useTranslation();
  return <CurrencySelect {...named(t('financing.fields.currency'))} {...props} />;
}
