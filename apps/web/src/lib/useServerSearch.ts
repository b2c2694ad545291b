import { useEffect, useState } from 'react';

/** How long typing pauses before a picker asks the server. */
const DEBOUNCE_MS = 300;

/**
 * The text of a picker that searches on the server: `onSearch` goes to the picker, `q` (trimmed,
 * undefined when empty) to the query, once typing pauses.
 */
export function useServerSearch(): { q: string | undefined; onSearch: (text: string) => void } {
  const [search, setSearch] = useState('');
  const [q, setQ] = useState('');
  useEffect(() => {
    const timer = window.setTimeout(() => setQ(search.trim()), DEBOUNCE_MS);
    return () => window.clearTimeout(timer);
  }, [search]);
  return { q: q || undefined, onSearch: setSearch };
}
