import {
  FileExcelOutlined,
  FileImageOutlined,
  FileOutlined,
  FilePdfOutlined,
  FilePptOutlined,
  FileWordOutlined,
} from '@ant-design/icons';
import type { ComponentType, CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import type { AttachmentLook } from '../attachmentFiles';

const ICONS: Record<
  AttachmentLook,
  { Icon: ComponentType<{ style?: CSSProperties; className?: string; 'aria-label'?: string }>; color: string }
> = {
  pdf: { Icon: FilePdfOutlined, color: '#cf1322' },
  image: { Icon: FileImageOutlined, color: '#722ed1' },
  word: { Icon: FileWordOutlined, color: '#1d5fbf' },
  excel: { Icon: FileExcelOutlined, color: '#237804' },
  powerpoint: { Icon: FilePptOutlined, color: '#c43e1c' },
  file: { Icon: FileOutlined, color: '#6b7280' },
};

/** The kind of document at a glance, named for screen readers. */
export function AttachmentIcon({ look }: { look: AttachmentLook }) {
  const { t } = useTranslation();
  const { Icon, color } = ICONS[look];
  return <Icon className="attachment-row-icon" style={{ color }} aria-label={t(`attachments.kind.${look}`)} />;
}
