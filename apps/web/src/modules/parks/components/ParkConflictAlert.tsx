import { useTranslation } from 'react-i18next';
import { ConflictAlert } from '../../../components/ConflictAlert';

/** The park was saved by someone else while this form was open. */
export function ParkConflictAlert({ onReload, reloading }: { onReload: () => void; reloading: boolean }) {
  const { t } = useTranslation();
  return (
    <ConflictAlert
      testId="park-conflict"
      title={t('parks.form.conflict.title')}
      text={t('parks.form.conflict.text')}
      reloadLabel={t('parks.form.conflict.reload')}
      onReload={onReload}
      reloading={reloading}
    />
  );
}
