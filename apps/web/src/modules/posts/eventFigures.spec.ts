import { figuresKey, reportedFigures } from './eventFigures';

const event = (figures: { reportedAttendees?: number | null; reportedOrganizations?: number | null }) => ({
  reportedAttendees: null,
  reportedOrganizations: null,
  ...figures,
});

describe('an event’s reported figures', () => {
  it('reads both figures, each null when not given', () => {
    expect(reportedFigures(event({ reportedAttendees: 300, reportedOrganizations: 120 }))).toEqual({
      attendees: 300,
      organizations: 120,
    });
    expect(reportedFigures(event({ reportedAttendees: 0 }))).toEqual({ attendees: 0, organizations: null });
    expect(reportedFigures(event({ reportedAttendees: null }))).toEqual({ attendees: null, organizations: null });
  });

  it('says them in one sentence, whichever are given', () => {
    expect(figuresKey({ attendees: 300, organizations: 120 })).toBe('posts.event.figures.both');
    expect(figuresKey({ attendees: 300, organizations: null })).toBe('posts.event.figures.attendees');
    expect(figuresKey({ attendees: null, organizations: 120 })).toBe('posts.event.figures.organizations');
    expect(figuresKey({ attendees: null, organizations: null })).toBeNull();
  });
});
