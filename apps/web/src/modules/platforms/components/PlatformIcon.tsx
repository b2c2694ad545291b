import {
  AuditOutlined,
  BankOutlined,
  FileProtectOutlined,
  FlagOutlined,
  GlobalOutlined,
  NotificationOutlined,
  TeamOutlined,
} from '@ant-design/icons';
import type { PlatformKey } from '../platforms';

const ICONS = {
  posts: NotificationOutlined,
  financing: BankOutlined,
  cooperation: TeamOutlined,
  policy: AuditOutlined,
  directory: GlobalOutlined,
  agreements: FileProtectOutlined,
  initiatives: FlagOutlined,
} satisfies Record<PlatformKey, unknown>;

export function PlatformIcon({ platform, size }: { platform: PlatformKey; size?: number }) {
  const Icon = ICONS[platform];
  return <Icon style={size ? { fontSize: size } : undefined} aria-hidden />;
}
