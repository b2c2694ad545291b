/** The participant's tabs of `/events/:eventId/meetings` (`?tab=`), the first one the default. */
export const HUB_TABS = ['participants', 'received', 'sent', 'availability', 'agenda'] as const;
export type HubTab = (typeof HUB_TABS)[number];

/** The organizer's tabs of `/events/:eventId/meetings/organize` (`?tab=`), the first one the default. */
export const ORGANIZE_TABS = ['schedule', 'requests', 'agendas', 'settings'] as const;
export type OrganizeTab = (typeof ORGANIZE_TABS)[number];
