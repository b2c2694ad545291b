import { PARK_CSV_COLUMNS, PARK_CSV_HEADERS, csvHeaders, type Locale, readerLanguage } from '@alliance/contracts';
import { DownloadOutlined } from '@ant-design/icons';
import { Card, Flex, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { parkExportUrl } from '../api';

/** A header-only CSV in the reader's language; the byte-order mark makes Excel read the Chinese names as UTF-8. */
function templateHref(language: Locale): string {
  return `data:text/csv;charset=utf-8,${encodeURIComponent(`\uFEFF${csvHeaders(PARK_CSV_HEADERS, PARK_CSV_COLUMNS, language).join(',')}\r\n`)}`;
}

/** What the import expects, with a template and the current parks to start from. */
export function ImportFormat() {
  const { t, i18n } = useTranslation();
  const language = readerLanguage(i18n.resolvedLanguage);
  return (
    <Card title={t('parks.import.format.title')} style={{ marginBottom: 24 }}>
      <Typography.Paragraph>{t('parks.import.format.intro')}</Typography.Paragraph>
      <ul style={{ paddingInlineStart: 20 }}>
        <li>{t('parks.import.format.header')}</li>
        <li>{t('parks.import.format.update')}</li>
        <li>{t('parks.import.format.sectors')}</li>
        <li>{t('parks.import.format.values')}</li>
        <li>{t('parks.import.format.allOrNothing')}</li>
      </ul>
      <Typography.Paragraph strong style={{ marginBottom: 8 }}>
        {t('parks.import.format.columns')}
      </Typography.Paragraph>
      <Flex wrap gap={4} style={{ marginBottom: 16 }}>
        {PARK_CSV_COLUMNS.map((column) => (
          <Tag key={column}>
            {PARK_CSV_HEADERS[column][language]} <span style={{ fontFamily: 'monospace' }}>({column})</span>
          </Tag>
        ))}
      </Flex>
      <Flex wrap gap={16}>
        <Typography.Link href={templateHref(language)} download="parks-template.csv">
          <DownloadOutlined /> {t('parks.import.format.template')}
        </Typography.Link>
        <Typography.Link href={parkExportUrl({}, language)} download>
          <DownloadOutlined /> {t('parks.import.format.current')}
        </Typography.Link>
      </Flex>
    </Card>
  );
}
