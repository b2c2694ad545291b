import { Card } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../components/PageHeader';
import { useImportParks } from '../api';
import { DirectoryBackLink } from '../components/DirectoryBackLink';
import { ImportFormat } from '../components/ImportFormat';
import { ImportReport } from '../components/ImportReport';
import { ImportUpload } from '../components/ImportUpload';

/** The secretariat's bulk update of the directory from a CSV file: all rows or none. */
export function ParkImportPage() {
  const { t } = useTranslation();
  const importParks = useImportParks();
  const [progress, setProgress] = useState<number | null>(null);

  const start = (file: File) => {
    setProgress(0);
    importParks.mutate({ file, onProgress: setProgress });
  };

  return (
    <div className="page">
      <DirectoryBackLink />
      <PageHeader title={t('parks.import.title')} subtitle={t('parks.import.subtitle')} />
      <ImportFormat />
      <Card title={t('parks.import.uploadTitle')}>
        <ImportUpload
          progress={progress}
          busy={importParks.isPending}
          onImport={start}
          onChoose={() => importParks.reset()}
        />
        <div style={{ marginTop: 24 }}>
          <ImportReport report={importParks.data} error={importParks.error} />
        </div>
      </Card>
    </div>
  );
}
