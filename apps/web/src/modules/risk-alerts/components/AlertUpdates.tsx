import { htmlLang, pickLocalized, readerLanguage, type RiskAlertUpdateDto } from '@alliance/contracts';
import { Empty, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../lib/names';
import { SeverityTag } from './AlertTags';

/** The numbered updates, newest first as the API sends them: the note, and the severity and validity they set. */
export function AlertUpdates({ updates }: { updates: readonly RiskAlertUpdateDto[] }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage;
  const reader = readerLanguage(language);
  if (updates.length === 0)
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('riskAlerts.updates.none')} />;
  return (
    <ol className="alert-updates" reversed data-testid="alert-updates">
      {updates.map((update) => {
        const note = pickLocalized(update.noteEn, update.noteZh, reader);
        return (
          <li key={update.number} data-testid="alert-update" data-number={update.number}>
            <Flex wrap gap={8} align="center" style={{ marginBottom: 4 }}>
              <Typography.Text strong>{t('riskAlerts.updates.number', { number: update.number })}</Typography.Text>
              <SeverityTag severity={update.severity} />
              <Typography.Text type="secondary" style={{ fontSize: 13 }}>
                {[update.authorName, formatDate(update.createdAt, language, true)].filter(Boolean).join(' · ')}
              </Typography.Text>
            </Flex>
            {note ? (
              <Typography.Paragraph className="alert-text" lang={htmlLang(note.language)} style={{ margin: 0 }}>
                {note.text}
              </Typography.Paragraph>
            ) : null}
            <Typography.Text type="secondary" style={{ fontSize: 13 }}>
              {update.validUntil
                ? t('riskAlerts.updates.validUntil', { date: formatDate(update.validUntil, language, true) })
                : t('riskAlerts.updates.openEnded')}
            </Typography.Text>
          </li>
        );
      })}
    </ol>
  );
}
