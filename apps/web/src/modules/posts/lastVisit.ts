/**
 * "New since your last visit": the feed remembers, per browser and per person, when it was last
 * left, and marks what was published after that.
 */

const PREFIX = 'alliance.posts.lastVisit';

/** One remembered time per signed-in user, one for visitors of this browser. */
export function lastVisitKey(userId: string | null): string {
  return `${PREFIX}.${userId ?? 'visitor'}`;
}

/** The stored time in milliseconds, or null when none (a first visit) or unreadable. */
export function parseLastVisit(raw: string | null): number | null {
  if (!raw) return null;
  const time = Number(raw);
  return Number.isFinite(time) && time > 0 ? time : null;
}

export function readLastVisit(key: string): number | null {
  try {
    return parseLastVisit(window.localStorage.getItem(key));
  } catch {
    // Storage blocked (private mode): every visit is a first one.
    return null;
  }
}

export function writeLastVisit(key: string, time: number): void {
  try {
    window.localStorage.setItem(key, String(time));
  } catch {
    // Not remembered; the marker simply does not show next time.
  }
}

/** Published after the last visit. On a first visit nothing is marked: everything would be. */
export function isNewSince(publishedAt: string | null, since: number | null): boolean {
  if (since === null || !publishedAt) return false;
  const time = Date.parse(publishedAt);
  return Number.isFinite(time) && time > since;
}

/**
 * Where the "Earlier" divider goes: before the first post that is neither pinned (pinned posts
 * lead the feed whatever their date) nor new, and only when something new comes before it.
 * -1 when there is nothing to divide.
 */
export function earlierDividerIndex(
  posts: ReadonlyArray<{ pinned: boolean; publishedAt: string | null }>,
  since: number | null,
): number {
  if (since === null) return -1;
  let sawNew = false;
  for (const [index, post] of posts.entries()) {
    const fresh = isNewSince(post.publishedAt, since);
    if (fresh) sawNew = true;
    else if (!post.pinned) return sawNew ? index : -1;
  }
  return -1;
}
