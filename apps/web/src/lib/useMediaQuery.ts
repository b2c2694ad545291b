import { useSyncExternalStore } from 'react';

/** antd's breakpoints (Grid.useBreakpoint), for the parts of the shell drawn without antd. */
export const BREAKPOINTS = { sm: 576, md: 768, lg: 992 } as const;

/** Whether the window is at least `px` wide, following resizes. */
export function useMinWidth(px: number): boolean {
  const query = `(min-width: ${px}px)`;
  return useSyncExternalStore(
    (onChange) => {
      const list = window.matchMedia(query);
      list.addEventListener('change', onChange);
      return () => list.removeEventListener('change', onChange);
    },
    () => window.matchMedia(query).matches,
    () => true,
  );
}
