import type { EventDetailsDto } from '@alliance/contracts';

/** The figures an event reports once it has taken place ("300 people from 120 organizations"), each null when not given. */
export function reportedFigures(event: Pick<EventDetailsDto, 'reportedAttendees' | 'reportedOrganizations'>): {
  attendees: number | null;
  organizations: number | null;
} {
  return {
    attendees: typeof event.reportedAttendees === 'number' ? event.reportedAttendees : null,
    organizations: typeof event.reportedOrganizations === 'number' ? event.reportedOrganizations : null,
  };
}

/** Which sentence says the figures: both, one of them, or none at all. */
export function figuresKey(figures: { attendees: number | null; organizations: number | null }): string | null {
  if (figures.attendees !== null && figures.organizations !== null) return 'posts.event.figures.both';
  if (figures.attendees !== null) return 'posts.event.figures.attendees';
  if (figures.organizations !== null) return 'posts.event.figures.organizations';
  return null;
}
