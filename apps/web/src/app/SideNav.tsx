import {
  AlertOutlined,
  ApartmentOutlined,
  AuditOutlined,
  AppstoreOutlined,
  EnvironmentOutlined,
  ExceptionOutlined,
  FileTextOutlined,
  FlagOutlined,
  FolderOpenOutlined,
  FormOutlined,
  FundOutlined,
  HeartOutlined,
  HomeOutlined,
  InboxOutlined,
  SolutionOutlined,
  TeamOutlined,
  UserSwitchOutlined,
  BarChartOutlined,
  FilePdfOutlined,
  CustomerServiceOutlined,
  CheckSquareOutlined,
  LineChartOutlined,
  ScheduleOutlined,
} from '@ant-design/icons';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { useAbility } from '../lib/ability';
import { useMe } from '../modules/auth/api';
import { PlatformIcon } from '../modules/platforms/components/PlatformIcon';
import { ALLIANCE_SECTIONS, FOUR_PLATFORMS, type PlatformKey } from '../modules/platforms/platforms';

interface Item {
  path: string;
  label: string;
  icon: ReactNode;
}

interface Group {
  key: string;
  label: string;
  items: Item[];
}

/** Whether an item's address (`/policy/briefs?scope=review`) is the page shown: its path, and its query if it has one. */
function matches(key: string, pathname: string, search: string): boolean {
  const [path, query] = key.split('?');
  if (query) {
    const shown = new URLSearchParams(search);
    return pathname === path && [...new URLSearchParams(query)].every(([name, value]) => shown.get(name) === value);
  }
  return path === '/' ? pathname === '/' : pathname === path || pathname.startsWith(`${path}/`);
}

/** The menu key of the current page: the longest item address that matches it (a tab's query beats its list's path). */
export function selectedKey(pathname: string, keys: string[], search = ''): string | undefined {
  return keys.filter((key) => matches(key, pathname, search)).sort((a, b) => b.length - a.length)[0];
}

function NavLink({ item, selected, onNavigate }: { item: Item; selected: boolean; onNavigate?: () => void }) {
  return (
    <li>
      <Link
        to={item.path}
        className={selected ? 'side-nav-item selected' : 'side-nav-item'}
        aria-current={selected ? 'page' : undefined}
        onClick={onNavigate}
      >
        <span className="side-nav-icon">{item.icon}</span>
        <span className="side-nav-label">{item.label}</span>
      </Link>
    </li>
  );
}

/** The side navigation: drawn like antd's inline Menu, as a plain list of links (no antd on the landing route). */
export function SideNav({ onNavigate }: { onNavigate?: () => void }) {
  const { t } = useTranslation();
  const { data: me } = useMe();
  const ability = useAbility();
  const { pathname, search } = useLocation();

  const link = (path: string, label: string, icon: ReactNode): Item => ({ path, label, icon });
  const platformLink = (key: PlatformKey) =>
    link(`/${key}`, t(`platforms.${key}.nav`), <PlatformIcon platform={key} />);

  const admin: Item[] = [
    ability.can('moderate', 'Post') && link('/admin/moderation', t('nav.moderation'), <FlagOutlined />),
    ability.can('review', 'MembershipApplication') &&
      link('/admin/membership-applications', t('nav.membershipApplications'), <SolutionOutlined />),
    // The secretariat organizes every event's B2B meetings.
    ability.can('readAll', 'Meeting') &&
      link('/meetings/requests', t('nav.meetingsAcrossEvents'), <ScheduleOutlined />),
    ability.can('readAll', 'Organization') &&
      link('/admin/organizations', t('nav.organizations'), <ApartmentOutlined />),
    ability.can('invite', 'User') && link('/admin/users', t('nav.users'), <UserSwitchOutlined />),
    ability.can('read', 'AuditEvent') && link('/admin/audit', t('nav.audit'), <AuditOutlined />),
    ability.can('readAll', 'ServiceRequest') &&
      link('/admin/service-uptake', t('nav.serviceUptake'), <BarChartOutlined />),
    ability.can('read', 'AllianceResults') && link('/results', t('nav.results'), <LineChartOutlined />),
    ability.can('read', 'AnnualReport') && link('/admin/annual-reports', t('nav.annualReports'), <FilePdfOutlined />),
  ].filter((item): item is Item => Boolean(item));

  // Policy research is open to visitors; the secretariat also reviews what members submit.
  const policy: Item[] = [
    link('/policy/briefs', t('nav.policyBriefs'), <FileTextOutlined />),
    link('/policy/countries', t('nav.countries'), <EnvironmentOutlined />),
    // Early warnings are for members (the API answers visitors 401).
    ...(me ? [link('/policy/alerts', t('nav.riskAlerts'), <AlertOutlined />)] : []),
    ...(ability.can('review', 'PolicyBrief')
      ? [link('/policy/briefs?scope=review', t('nav.briefReview'), <InboxOutlined />)]
      : []),
    // Members raise the problems they meet abroad; the secretariat groups them into cases members follow.
    ...(me
      ? [
          link('/policy/issues', t('nav.memberIssues'), <ExceptionOutlined />),
          link('/policy/cases', t('nav.issueCases'), <FolderOpenOutlined />),
        ]
      : []),
  ];

  // Investment cooperation is for members: projects, interest and deals; the secretariat reviews projects.
  const cooperation: Item[] = me
    ? [
        link('/cooperation/projects', t('nav.cooperationProjects'), <AppstoreOutlined />),
        ability.can('review', 'CooperationProject')
          ? link('/cooperation/review', t('nav.cooperationReview'), <InboxOutlined />)
          : link('/cooperation/interests', t('nav.cooperationInterests'), <HeartOutlined />),
        link('/cooperation/deals', t('nav.cooperationDeals'), <FundOutlined />),
      ]
    : [];

  const home = link('/', t('nav.home'), <HomeOutlined />);
  // A signed-in user's own home: what waits for them (the page they land on after signing in).
  const myWork = me ? [link('/work', t('nav.myWork'), <CheckSquareOutlined />)] : [];
  const groups: Group[] = [
    {
      key: 'platforms',
      label: t('nav.platforms'),
      // Visitors read the public posts and policy research; the other platforms are for members.
      items: me ? FOUR_PLATFORMS.map(platformLink) : [platformLink('posts'), platformLink('policy')],
    },
    ...(cooperation.length ? [{ key: 'cooperation', label: t('nav.cooperation'), items: cooperation }] : []),
    { key: 'policy', label: t('nav.policy'), items: policy },
    {
      key: 'alliance',
      label: t('nav.alliance'),
      items: [
        platformLink('directory'),
        link('/directory/organizations', t('nav.organizationDirectory'), <TeamOutlined />),
        ...ALLIANCE_SECTIONS.filter((key) => key !== 'directory').map(platformLink),
        ...(me ? [] : [link('/apply', t('nav.apply'), <FormOutlined />)]),
        // Members' requests for the services of partner agreements, sent and received.
        ...(me && ability.can('create', 'ServiceRequest')
          ? [link('/services/requests', t('nav.serviceRequests'), <CustomerServiceOutlined />)]
          : []),
      ],
    },
    ...(admin.length ? [{ key: 'admin', label: t('nav.administration'), items: admin }] : []),
  ];

  const selected = selectedKey(
    pathname,
    [home, ...myWork, ...groups.flatMap((group) => group.items)].map((item) => item.path),
    search,
  );

  return (
    <nav aria-label={t('nav.label')}>
      <ul className="side-nav" data-testid="side-nav">
        <NavLink item={home} selected={selected === home.path} onNavigate={onNavigate} />
        {myWork.map((item) => (
          <NavLink key={item.path} item={item} selected={selected === item.path} onNavigate={onNavigate} />
        ))}
        {groups.map((group) => (
          <li key={group.key} className="side-nav-group">
            <div className="side-nav-group-title" id={`side-nav-${group.key}`}>
              {group.label}
            </div>
            <ul aria-labelledby={`side-nav-${group.key}`}>
              {group.items.map((item) => (
                <NavLink key={item.path} item={item} selected={selected === item.path} onNavigate={onNavigate} />
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </nav>
  );
}
