import { useEffect, useState } from 'react';
import { useMe } from '../auth/api';
import { lastVisitKey, readLastVisit, writeLastVisit } from './lastVisit';

/**
 * When the reader last left the feed (null: first visit, or not known yet). The time is read
 * once when the page opens and written when it is left (unmounted, or the tab closed), so posts
 * stay marked as new for as long as the reader is looking at them.
 */
export function useLastVisit(): number | null {
  const me = useMe();
  // Unknown until the session is: a visitor's time must not be read for a member, or written over.
  const key = me.isPending ? null : lastVisitKey(me.data?.user.id ?? null);
  const [state, setState] = useState<{ key: string | null; since: number | null }>({ key: null, since: null });

  if (state.key !== key) setState({ key, since: key ? readLastVisit(key) : null });

  useEffect(() => {
    if (!key) return undefined;
    const leave = () => writeLastVisit(key, Date.now());
    window.addEventListener('pagehide', leave);
    return () => {
      window.removeEventListener('pagehide', leave);
      leave();
    };
  }, [key]);

  return state.key === key ? state.since : null;
}
