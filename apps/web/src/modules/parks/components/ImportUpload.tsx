import { InboxOutlined, UploadOutlined } from '@ant-design/icons';
import { App, Button, Flex, Progress, Spin, Typography, Upload, type UploadFile } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../../lib/names';
import { countCsvRows } from '../csvRows';
import { IMPORT_MAX_BYTES } from '../uploadParksCsv';

interface Props {
  /** Sent percentage while uploading; 100 while the server validates and writes. */
  progress: number | null;
  busy: boolean;
  onImport: (file: File) => void;
  /** A new file was chosen: the previous report no longer applies. */
  onChoose: () => void;
}

function isCsv(file: File): boolean {
  return /\.csv$/i.test(file.name) || file.type === 'text/csv';
}

/** Choose one CSV file (kept in the browser until "Import"), then follow its upload. */
export function ImportUpload({ progress, busy, onImport, onChoose }: Props) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const [file, setFile] = useState<File | null>(null);
  // Rows counted in the browser, to say what the server is working through; kept with their file.
  const [counted, setCounted] = useState<{ file: File; rows: number } | null>(null);
  const rows = counted && counted.file === file ? counted.rows : null;
  const fileList: UploadFile[] = file ? [{ uid: 'chosen', name: file.name, size: file.size, status: 'done' }] : [];

  const choose = (chosen: File) => {
    if (!isCsv(chosen)) {
      void message.error(t('parks.import.notCsv'));
      return Upload.LIST_IGNORE;
    }
    if (chosen.size > IMPORT_MAX_BYTES) {
      void message.error(t('parks.import.tooLarge'));
      return Upload.LIST_IGNORE;
    }
    setFile(chosen);
    void chosen.text().then(
      (text) => setCounted({ file: chosen, rows: countCsvRows(text) }),
      () => undefined,
    );
    onChoose();
    // Nothing is sent yet: the import starts with the button.
    return false;
  };

  const processingText = (count: number | null) => {
    if (count === null || count === 0) return t('parks.import.processing');
    if (count === 1) return t('parks.import.processingOneRow');
    return t('parks.import.processingRows', { rows: formatNumber(count, i18n.resolvedLanguage) });
  };

  return (
    <div>
      <Upload.Dragger
        accept=".csv,text/csv"
        multiple={false}
        maxCount={1}
        fileList={fileList}
        beforeUpload={choose}
        onRemove={() => {
          setFile(null);
          onChoose();
        }}
        disabled={busy}
      >
        <p className="ant-upload-drag-icon">
          <InboxOutlined />
        </p>
        <p className="ant-upload-text">{t('parks.import.drop')}</p>
        <p className="ant-upload-hint">{t('parks.import.dropHint')}</p>
      </Upload.Dragger>

      <Flex align="center" gap={16} wrap style={{ marginTop: 16 }}>
        <Button
          type="primary"
          icon={<UploadOutlined />}
          disabled={!file}
          loading={busy}
          onClick={() => file && onImport(file)}
        >
          {t('parks.import.submit')}
        </Button>
        {busy && progress !== null ? (
          <Flex vertical style={{ flex: '1 1 240px', maxWidth: 480 }} data-testid="import-progress">
            {/* The sent share of the file first; then the server gives no figure until it answers, so a spinner. */}
            <Progress percent={progress} status={progress >= 100 ? 'active' : 'normal'} showInfo={progress < 100} />
            <Flex gap={8} align="center" aria-live="polite">
              {progress >= 100 ? <Spin size="small" /> : null}
              <Typography.Text type="secondary">
                {progress < 100 ? t('parks.import.uploading', { percent: progress }) : processingText(rows)}
              </Typography.Text>
            </Flex>
          </Flex>
        ) : null}
      </Flex>
    </div>
  );
}
