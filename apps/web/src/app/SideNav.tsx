import {
  ApartmentOutlined,
  AuditOutlined,
  FlagOutlined,
  FormOutlined,
  HomeOutlined,
  SolutionOutlined,
  TeamOutlined,
  UserSwitchOutlined,
} from '@ant-design/icons';
import { Menu, type MenuProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { useAbility } from '../lib/ability';
import { useMe } from '../modules/auth/api';
import { PlatformIcon } from '../modules/platforms/components/PlatformIcon';
import { ALLIANCE_SECTIONS, FOUR_PLATFORMS, type PlatformKey } from '../modules/platforms/platforms';

type Item = NonNullable<MenuProps['items']>[number];

function link(path: string, label: string, icon: React.ReactNode): Item {
  return { key: path, icon, label: <Link to={path}>{label}</Link> };
}

/** The menu key of the current page: the longest item path that prefixes the address. */
export function selectedKey(pathname: string, keys: string[]): string | undefined {
  return keys
    .filter((key) => (key === '/' ? pathname === '/' : pathname === key || pathname.startsWith(`${key}/`)))
    .sort((a, b) => b.length - a.length)[0];
}

export function SideNav({ onNavigate }: { onNavigate?: () => void }) {
  const { t } = useTranslation();
  const { data: me } = useMe();
  const ability = useAbility();
  const { pathname } = useLocation();

  const platformLink = (key: PlatformKey) =>
    link(`/${key}`, t(`platforms.${key}.nav`), <PlatformIcon platform={key} />);

  const admin: Item[] = [
    ability.can('moderate', 'Post') && link('/admin/moderation', t('nav.moderation'), <FlagOutlined />),
    ability.can('review', 'MembershipApplication') &&
      link('/admin/membership-applications', t('nav.membershipApplications'), <SolutionOutlined />),
    ability.can('readAll', 'Organization') &&
      link('/admin/organizations', t('nav.organizations'), <ApartmentOutlined />),
    ability.can('invite', 'User') && link('/admin/users', t('nav.users'), <UserSwitchOutlined />),
    ability.can('read', 'AuditEvent') && link('/admin/audit', t('nav.audit'), <AuditOutlined />),
  ].filter((item): item is Item => Boolean(item));

  const items: Item[] = [
    link('/', t('nav.home'), <HomeOutlined />),
    {
      type: 'group' as const,
      key: 'platforms',
      label: t('nav.platforms'),
      // Visitors read the public posts; the other platforms are for members.
      children: me ? FOUR_PLATFORMS.map(platformLink) : [platformLink('posts')],
    },
    {
      type: 'group',
      key: 'alliance',
      label: t('nav.alliance'),
      children: [
        platformLink('directory'),
        link('/directory/organizations', t('nav.organizationDirectory'), <TeamOutlined />),
        ...ALLIANCE_SECTIONS.filter((key) => key !== 'directory').map(platformLink),
        ...(me ? [] : [link('/apply', t('nav.apply'), <FormOutlined />)]),
      ],
    },
    ...(admin.length
      ? [{ type: 'group' as const, key: 'admin', label: t('nav.administration'), children: admin }]
      : []),
  ];

  const keys = [
    '/',
    ...FOUR_PLATFORMS.map((k) => `/${k}`),
    ...ALLIANCE_SECTIONS.map((k) => `/${k}`),
    '/directory/organizations',
    '/apply',
    '/admin/membership-applications',
    '/admin/moderation',
    '/admin/organizations',
    '/admin/users',
    '/admin/audit',
  ];
  const selected = selectedKey(pathname, keys);

  return (
    <nav aria-label={t('nav.label')}>
      <Menu
        data-testid="side-nav"
        mode="inline"
        items={items}
        selectedKeys={selected ? [selected] : []}
        onClick={onNavigate}
        style={{ borderInlineEnd: 'none' }}
      />
    </nav>
  );
}
