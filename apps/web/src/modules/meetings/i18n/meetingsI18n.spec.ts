import { MEETING_ACTIONS, MEETING_PROGRAMME_STATUSES, MEETING_STATUSES, UNPLACED_REASONS } from '@alliance/contracts';
import { RESOURCES, type ResourceTree } from '../../../i18n/resources';
import { HUB_TABS, ORGANIZE_TABS } from '../tabs';

function has(tree: ResourceTree, path: string): boolean {
  let node: string | ResourceTree | undefined = tree;
  for (const part of path.split('.')) {
    if (typeof node !== 'object') return false;
    node = node[part];
  }
  return typeof node === 'string' && node.trim() !== '';
}

/** Keys the meetings pages build from the contracts' values and their own lists, which the literal-key check cannot see. */
const BUILT_KEYS = [
  ...MEETING_STATUSES.map((v) => `meetings.status.${v}`),
  ...MEETING_PROGRAMME_STATUSES.map((v) => `meetings.programmeStatus.${v}`),
  ...[...UNPLACED_REASONS, 'waiting'].flatMap((v) => [
    `meetings.unplacedReason.${v}`,
    `meetings.unplacedReason.explain.${v}`,
  ]),
  ...MEETING_ACTIONS.flatMap((v) =>
    ['label', 'named', 'title', 'explain', 'ok', 'done'].map((k) => `meetings.actions.${v}.${k}`),
  ),
  ...['publish', 'close'].flatMap((v) =>
    ['label', 'title', 'explain', 'ok', 'done'].map((k) => `meetings.programmeActions.${v}.${k}`),
  ),
  ...HUB_TABS.map((v) => `meetings.hub.tabs.${v}`),
  ...['received', 'sent'].map((v) => `meetings.hub.hints.${v}`),
  ...ORGANIZE_TABS.map((v) => `meetings.organize.tabs.${v}`),
  ...['received', 'sent', 'all'].map((v) => `meetings.table.empty.${v}`),
  ...['requester', 'requested'].map((v) => `meetings.table.cancelledBy.${v}`),
  ...['participants', 'requested', 'accepted', 'scheduled', 'waiting', 'declined', 'cancelled'].map(
    (v) => `meetings.counts.${v}`,
  ),
  ...['both', 'attendees', 'organizations'].flatMap((v) => [
    `posts.event.figures.${v}_one`,
    `posts.event.figures.${v}_other`,
  ]),
];

describe('meetings translations', () => {
  it.each(['en', 'zh'] as const)('has every key built from values in %s', (lng) => {
    expect(BUILT_KEYS.filter((key) => !has(RESOURCES[lng], key))).toEqual([]);
  });
});
