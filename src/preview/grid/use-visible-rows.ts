import { useEffect, useState, type RefObject } from 'react';
import { HEADER_HEIGHT, ROW_HEIGHT } from './sheet-layout';

/** Rows drawn above and below the visible ones, so a quick scroll does not show blank rows. */
const OVERSCAN = 8;
/** Assumed viewport when the element has no size yet (first render, jsdom). */
const FALLBACK_HEIGHT = 600;

export interface VisibleRows {
  /** First and last 0-based rows to draw (inclusive). */
  first: number;
  last: number;
  /** Rows that fit in the viewport (a page for PageUp/PageDown). */
  pageRows: number;
}

/** Windowing: only the rows in view (and a few around them) are drawn, so a 10,000-row sheet stays quick. */
export function useVisibleRows(scroller: RefObject<HTMLElement | null>, rows: number): VisibleRows {
  const [view, setView] = useState({ topRow: 0, height: FALLBACK_HEIGHT });

  useEffect(() => {
    const element = scroller.current;
    if (!element) return undefined;
    const measure = (): void => {
      const topRow = Math.floor(element.scrollTop / ROW_HEIGHT);
      const height = element.clientHeight || FALLBACK_HEIGHT;
      setView((v) => (v.topRow === topRow && v.height === height ? v : { topRow, height }));
    };
    measure();
    element.addEventListener('scroll', measure, { passive: true });
    const resize = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(measure);
    resize?.observe(element);
    window.addEventListener('resize', measure);
    return () => {
      element.removeEventListener('scroll', measure);
      resize?.disconnect();
      window.removeEventListener('resize', measure);
    };
  }, [scroller]);

  const pageRows = Math.max(1, Math.floor((view.height - HEADER_HEIGHT) / ROW_HEIGHT));
  const first = Math.max(0, Math.min(view.topRow, rows - 1) - OVERSCAN);
  const last = Math.min(rows - 1, view.topRow + pageRows + OVERSCAN);
  return { first, last, pageRows };
}
