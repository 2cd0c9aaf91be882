import { useEffect, useLayoutEffect, useRef } from 'react';

/**
 * Runs `read` each time the tab is shown, and again when another workbook is opened while it is: each
 * tab reads the workbook afresh then, as the clerk may have changed it meanwhile. The latest `read` is
 * the one run, so a language switch or a new callback does not read again by itself.
 */
export function useWhenShown(active: boolean, workbook: unknown, read: () => unknown): void {
  const latest = useRef(read);
  useLayoutEffect(() => {
    latest.current = read;
  });
  useEffect(() => {
    if (active) void latest.current();
  }, [active, workbook]);
}
