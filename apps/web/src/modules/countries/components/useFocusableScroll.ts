import { useEffect, type RefObject } from 'react';

/**
 * Makes a table's horizontal scroller (antd's `.ant-table-content`) reachable with the keyboard and
 * named, so that a narrow screen's keyboard user can scroll it (WCAG 2.1.1, axe's scrollable-region-focusable).
 */
export function useFocusableScroll(ref: RefObject<HTMLElement | null>, label: string): void {
  useEffect(() => {
    const scroller = ref.current?.querySelector<HTMLElement>('.ant-table-content');
    if (!scroller) return;
    scroller.tabIndex = 0;
    scroller.setAttribute('role', 'region');
    scroller.setAttribute('aria-label', label);
  });
}
