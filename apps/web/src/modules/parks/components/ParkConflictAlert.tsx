import { ReloadOutlined } from '@ant-design/icons';
import { Alert, Button } from 'antd';
import { useTranslation } from 'react-i18next';

interface Props {
  onReload: () => void;
  reloading: boolean;
}

/** Someone saved the park while this form was open: nothing was written, and reloading shows their version. */
export function ParkConflictAlert({ onReload, reloading }: Props) {
  const { t } = useTranslation();
  return (
    <Alert
      role="alert"
      type="warning"
      showIcon
      data-testid="park-conflict"
      style={{ marginBottom: 16 }}
      title={t('parks.form.conflict.title')}
      description={t('parks.form.conflict.text')}
      action={
        <Button icon={<ReloadOutlined />} loading={reloading} onClick={onReload}>
          {t('parks.form.conflict.reload')}
        </Button>
      }
    />
  );
}
