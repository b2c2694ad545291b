import type { MatchOrganization, MatchProject } from './cooperation-matches';
import {
  meetingActions,
  meetingProgrammeActions,
  participantMatch,
  type MeetingActor,
  type MeetingState,
} from './meetings';

const actor = (organizationId: string, over: Partial<MeetingActor> = {}): MeetingActor => ({
  organizationId,
  organizationType: 'park_operator',
  organizationActive: true,
  ...over,
});
const meeting = (over: Partial<MeetingState> = {}): MeetingState => ({
  status: 'requested',
  requesterOrganizationId: 'req',
  requestedOrganizationId: 'asked',
  programmeStatus: 'open',
  ...over,
});

describe('meeting requests per role', () => {
  it('lets the requested side answer, the requester withdraw, and nobody else act', () => {
    expect(meetingActions(meeting(), actor('asked'))).toEqual(['accept', 'decline']);
    expect(meetingActions(meeting(), actor('req'))).toEqual(['withdraw']);
    expect(meetingActions(meeting(), actor('other'))).toEqual([]);
    expect(meetingActions(meeting(), actor('x', { organizationType: 'secretariat' }))).toEqual([]);
  });

  it('lets either side cancel an accepted meeting', () => {
    const accepted = meeting({ status: 'accepted' });
    expect(meetingActions(accepted, actor('asked'))).toEqual(['cancel']);
    expect(meetingActions(accepted, actor('req'))).toEqual(['cancel']);
    expect(meetingActions(accepted, actor('other'))).toEqual([]);
  });

  it('offers nothing on a finished meeting, in a closed programme, or to a suspended organization', () => {
    for (const status of ['declined', 'withdrawn', 'cancelled'] as const) {
      expect(meetingActions(meeting({ status }), actor('asked'))).toEqual([]);
      expect(meetingActions(meeting({ status }), actor('req'))).toEqual([]);
    }
    expect(meetingActions(meeting({ programmeStatus: 'closed' }), actor('asked'))).toEqual([]);
    expect(meetingActions(meeting(), actor('asked', { organizationActive: false }))).toEqual([]);
  });
});

describe('the programme per role', () => {
  const programme = { status: 'open' as const, eventOrganizationId: 'host' };

  it("lets the event's organization and the secretariat organize it, nobody else", () => {
    expect(meetingProgrammeActions(programme, actor('host'))).toEqual(['configure', 'schedule', 'publish', 'close']);
    expect(meetingProgrammeActions(programme, actor('sec', { organizationType: 'secretariat' }))).toEqual([
      'configure',
      'schedule',
      'publish',
      'close',
    ]);
    expect(meetingProgrammeActions(programme, actor('other'))).toEqual([]);
    expect(meetingProgrammeActions(programme, actor('host', { organizationActive: false }))).toEqual([]);
  });

  it('keeps scheduling after publication and stops everything once closed', () => {
    expect(meetingProgrammeActions({ ...programme, status: 'published' }, actor('host'))).toEqual([
      'configure',
      'schedule',
      'close',
    ]);
    expect(meetingProgrammeActions({ ...programme, status: 'closed' }, actor('host'))).toEqual([]);
  });
});

describe('participantMatch', () => {
  const org = (id: string, over: Partial<MatchOrganization> = {}): MatchOrganization => ({
    id,
    type: 'park_operator',
    parkCountries: [],
    projectCountries: [],
    sectors: [],
    parkInvestmentUsd: null,
    enterpriseCount: 0,
    projectKinds: [],
    ...over,
  });
  const NOW = new Date('2027-03-01T00:00:00Z');

  it("scores the other side's project against the reader, with the project's reasons", () => {
    const reader = org('r', { type: 'financial_institution', sectors: ['textiles_garments'] });
    const other = org('o', { parkCountries: ['KH'] });
    const project: MatchProject = {
      id: 'p',
      organizationId: 'o',
      kind: 'seeking_investment',
      sectors: ['textiles_garments'],
      country: 'KH',
      sizeUsd: null,
      publishedAt: '2027-02-20T00:00:00Z',
    };
    const match = participantMatch(reader, other, [project], NOW);
    expect(match?.reasons.map((r) => r.code)).toEqual(['same_sector', 'complementary_kind', 'recent']);
  });

  it('falls back on shared sectors and host countries, and suggests nothing without them', () => {
    const reader = org('r', { sectors: ['logistics_warehousing'], parkCountries: ['ID'] });
    const other = org('o', { sectors: ['logistics_warehousing'], parkCountries: ['ID'] });
    expect(participantMatch(reader, other, [], NOW)?.reasons.map((r) => r.code)).toEqual([
      'same_sector',
      'park_in_country',
    ]);
    expect(participantMatch(reader, org('x', { sectors: ['electronics'] }), [], NOW)).toBeNull();
  });
});
