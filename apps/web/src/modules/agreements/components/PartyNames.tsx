import type { AgreementPartyDto } from '@alliance/contracts';
import { useTranslation } from 'react-i18next';
import { pickName } from '../../../lib/names';

/** The alliance and its counterparties, named in the reader's language. */
export function PartyNames({ parties }: { parties: AgreementPartyDto[] }) {
  const { i18n } = useTranslation();
  return (
    <span data-testid="agreement-parties">{parties.map((p) => pickName(p, i18n.resolvedLanguage)).join(' · ')}</span>
  );
}
