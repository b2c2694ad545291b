import type { MeetingProgrammeDto } from '@alliance/contracts';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../../lib/names';

/** The organizer's figures in a row: participants, and meetings by where they stand. */
export function ProgrammeCounts({ programme }: { programme: MeetingProgrammeDto }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage;
  const counts = programme.counts ?? { requested: 0, accepted: 0, scheduled: 0, declined: 0, cancelled: 0 };
  const waiting = Math.max(0, counts.accepted - counts.scheduled);
  const figures = [
    { key: 'participants', value: programme.participants },
    { key: 'requested', value: counts.requested },
    { key: 'accepted', value: counts.accepted },
    { key: 'scheduled', value: counts.scheduled },
    { key: 'waiting', value: waiting, warn: waiting > 0 },
    { key: 'declined', value: counts.declined },
    { key: 'cancelled', value: counts.cancelled },
  ];
  return (
    <dl className="meet-figures" data-testid="programme-counts">
      {figures.map((figure) => (
        <div key={figure.key} className={figure.warn ? 'meet-figure meet-figure-warn' : 'meet-figure'}>
          <dt>{t(`meetings.counts.${figure.key}`)}</dt>
          <dd data-testid={`count-${figure.key}`}>{formatNumber(figure.value, language)}</dd>
        </div>
      ))}
    </dl>
  );
}
