/** The alliance's four platforms and the public sections around them (DESIGN.md). */
export const FOUR_PLATFORMS = ['posts', 'financing', 'cooperation', 'policy'] as const;
export const ALLIANCE_SECTIONS = ['directory', 'agreements', 'initiatives'] as const;

export type PlatformKey = (typeof FOUR_PLATFORMS)[number] | (typeof ALLIANCE_SECTIONS)[number];

/** Each page lists three things it will offer; the i18n keys are `platforms.<key>.features.<f>`. */
export const PLATFORM_FEATURES: Record<PlatformKey, readonly string[]> = {
  posts: ['news', 'opportunities', 'events'],
  financing: ['requests', 'reviews', 'offers'],
  cooperation: ['projects', 'interest', 'matches'],
  policy: ['briefs', 'ratings', 'alerts'],
  directory: ['organizations', 'parks', 'map'],
  agreements: ['legal', 'training', 'finance'],
  initiatives: ['published', 'endorse', 'signatories'],
};

/** Financing and investment cooperation need a session; posts and policy research are open to visitors (public items). */
export function isMembersOnly(platform: PlatformKey): boolean {
  return platform === 'financing' || platform === 'cooperation';
}
