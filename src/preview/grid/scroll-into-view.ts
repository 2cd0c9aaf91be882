import { HEADER_HEIGHT, ROW_HEADER_WIDTH, ROW_HEIGHT, type SheetLayout } from './sheet-layout';

/** Scrolls the grid just enough for a cell (0-based) to be fully visible below the sticky headers. */
export function scrollCellIntoView(scroller: HTMLElement, row: number, col: number, layout: SheetLayout): void {
  const top = row * ROW_HEIGHT;
  const viewHeight = scroller.clientHeight - HEADER_HEIGHT;
  if (top < scroller.scrollTop) scroller.scrollTop = top;
  else if (viewHeight > 0 && top + ROW_HEIGHT > scroller.scrollTop + viewHeight) scroller.scrollTop = top + ROW_HEIGHT - viewHeight;

  const left = layout.lefts[col] ?? ROW_HEADER_WIDTH;
  const width = layout.widths[col] ?? 0;
  const viewWidth = scroller.clientWidth;
  if (left - ROW_HEADER_WIDTH < scroller.scrollLeft) scroller.scrollLeft = left - ROW_HEADER_WIDTH;
  else if (viewWidth > 0 && left + width > scroller.scrollLeft + viewWidth) scroller.scrollLeft = left + width - viewWidth;
}
