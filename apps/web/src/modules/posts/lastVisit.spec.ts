import { earlierDividerIndex, isNewSince, lastVisitKey, parseLastVisit } from './lastVisit';

const SINCE = Date.parse('2024-05-10T12:00:00Z');
const post = (publishedAt: string | null, pinned = false) => ({ publishedAt, pinned });

describe('new since the last visit', () => {
  it('keeps one time per user and one for visitors', () => {
    expect(lastVisitKey('u-1')).toBe('alliance.posts.lastVisit.u-1');
    expect(lastVisitKey(null)).toBe('alliance.posts.lastVisit.visitor');
    expect(lastVisitKey('u-1')).not.toBe(lastVisitKey('u-2'));
  });

  it('reads a stored time and treats anything else as a first visit', () => {
    expect(parseLastVisit(String(SINCE))).toBe(SINCE);
    expect(parseLastVisit(null)).toBeNull();
    expect(parseLastVisit('yesterday')).toBeNull();
    expect(parseLastVisit('-5')).toBeNull();
  });

  it('marks only what was published after the last visit', () => {
    expect(isNewSince('2024-05-10T12:00:01Z', SINCE)).toBe(true);
    expect(isNewSince('2024-05-10T12:00:00Z', SINCE)).toBe(false);
    expect(isNewSince('2024-05-09T08:00:00Z', SINCE)).toBe(false);
    expect(isNewSince(null, SINCE)).toBe(false);
  });

  it('marks nothing on a first visit', () => {
    expect(isNewSince('2024-05-11T00:00:00Z', null)).toBe(false);
    expect(earlierDividerIndex([post('2024-05-11T00:00:00Z'), post('2024-05-01T00:00:00Z')], null)).toBe(-1);
  });

  it('puts the divider before the first older post, past the pinned ones', () => {
    const feed = [
      post('2024-04-01T00:00:00Z', true),
      post('2024-05-12T00:00:00Z'),
      post('2024-05-11T00:00:00Z'),
      post('2024-05-09T00:00:00Z'),
      post('2024-05-08T00:00:00Z'),
    ];
    expect(earlierDividerIndex(feed, SINCE)).toBe(3);
  });

  it('draws no divider when nothing is new or everything is', () => {
    expect(earlierDividerIndex([post('2024-05-01T00:00:00Z'), post('2024-04-01T00:00:00Z')], SINCE)).toBe(-1);
    expect(earlierDividerIndex([post('2024-05-12T00:00:00Z'), post('2024-05-11T00:00:00Z')], SINCE)).toBe(-1);
  });

  it('counts a new pinned post as something new above the divider', () => {
    expect(earlierDividerIndex([post('2024-05-12T00:00:00Z', true), post('2024-05-01T00:00:00Z')], SINCE)).toBe(1);
  });
});
