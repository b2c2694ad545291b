import {
  FINANCING_AUDIENCES,
  FINANCING_INSTRUMENTS,
  FINANCING_OFFER_STATUSES,
  FINANCING_RATE_KINDS,
  FINANCING_REQUEST_STATUSES,
  FINANCING_REVIEW_CLOSE_REASONS,
  FINANCING_REVIEW_STATUSES,
  FINANCING_REVISED_FIELDS,
  NOTIFICATION_TYPES,
} from '@alliance/contracts';
import { RESOURCES, type ResourceTree } from '../../../i18n/resources';

function has(tree: ResourceTree, path: string): boolean {
  let node: string | ResourceTree | undefined = tree;
  for (const part of path.split('.')) {
    if (typeof node !== 'object') return false;
    node = node[part];
  }
  return typeof node === 'string' && node.trim() !== '';
}

/** Keys the financing pages build from the contracts' values, which the literal-key check cannot see. */
const DYNAMIC_KEYS = [
  ...FINANCING_INSTRUMENTS.map((v) => `financing.instrument.${v}`),
  ...FINANCING_REQUEST_STATUSES.map((v) => `financing.requestStatus.${v}`),
  ...FINANCING_REVIEW_STATUSES.map((v) => `financing.reviewStatus.${v}`),
  ...FINANCING_OFFER_STATUSES.map((v) => `financing.offerStatus.${v}`),
  ...FINANCING_REVIEW_CLOSE_REASONS.map((v) => `financing.closeReason.${v}`),
  ...FINANCING_AUDIENCES.map((v) => `financing.audience.${v}`),
  ...FINANCING_RATE_KINDS.map((v) => `financing.rateKind.${v}`),
  ...FINANCING_REVISED_FIELDS.map((v) => `financing.fields.${v}`),
  ...NOTIFICATION_TYPES.map((v) => `notifications.type.${v}`),
];

describe('financing translations', () => {
  it.each(['en', 'zh'] as const)('has every key built from the contracts’ values in %s', (lng) => {
    expect(DYNAMIC_KEYS.filter((key) => !has(RESOURCES[lng], key))).toEqual([]);
  });
});
