import type { AttachmentDto } from '@alliance/contracts';
import { DownloadOutlined } from '@ant-design/icons';
import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { attachmentLook, formatFileSize } from '../attachmentFiles';
import '../attachments.css';
import { AttachmentIcon } from './AttachmentIcon';

/**
 * A record's files, each to download. Names are the uploader's words: always rendered as text.
 * The links are same-origin, so the session cookie goes with them and the API decides who may read.
 */
export function AttachmentList({ attachments }: { attachments: readonly AttachmentDto[] }) {
  const { t, i18n } = useTranslation();
  return (
    <ul className="attachment-rows" data-testid="attachment-list">
      {attachments.map((attachment) => (
        <li key={attachment.id} className="attachment-row" data-testid="attachment-item">
          <AttachmentIcon look={attachmentLook(attachment.mimeType, attachment.fileName)} />
          <span className="attachment-row-main">
            <a href={attachment.url} download rel="noopener" className="attachment-name" data-testid="attachment-link">
              {attachment.fileName}
            </a>
          </span>
          <Typography.Text type="secondary" className="attachment-row-size" data-testid="attachment-size">
            {formatFileSize(attachment.sizeBytes, i18n.resolvedLanguage)}
          </Typography.Text>
          <a
            href={attachment.url}
            download
            rel="noopener"
            aria-label={t('attachments.downloadFile', { name: attachment.fileName })}
          >
            <DownloadOutlined /> {t('attachments.download')}
          </a>
        </li>
      ))}
    </ul>
  );
}
