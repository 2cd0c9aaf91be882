import { configure, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App, type PaneEnvironment } from '../../src/taskpane/App';
import type { WorkbookPort } from '../../src/workbook/workbook';

// The engine reads 191 rows and Fluent renders on a shared machine: give slow runs time.
configure({ asyncUtilTimeout: 10000 });

// The pane remembers the clerk's language: each test starts from none remembered.
beforeEach(() => localStorage.clear());

/**
 * jsdom lays nothing out: `offsetParent` is always null and the page measures 0×0, so Fluent's focus
 * finders (tabster) take every element for hidden and an opening dialog focuses its surface instead
 * of its first button, as no browser does (the dialog then stays aria-hidden). Give the page a size
 * and elements shown (not under `hidden`) their parent as offset parent, as with layout.
 */
Object.defineProperty(HTMLElement.prototype, 'offsetParent', {
  configurable: true,
  get(this: HTMLElement): Element | null {
    return this.isConnected && !this.closest('[hidden]') ? this.parentElement : null;
  },
});
document.body.getBoundingClientRect = () => ({ x: 0, y: 0, top: 0, left: 0, width: 1024, height: 768, right: 1024, bottom: 768, toJSON: () => ({}) });

export const VI: PaneEnvironment = { language: 'vi', theme: 'light' };

/** Renders the pane over a fake workbook; user-event drives it like a clerk. */
export function renderApp(workbook: WorkbookPort, environment: PaneEnvironment = VI) {
  const user = userEvent.setup({ delay: null });
  const view = render(<App workbook={workbook} environment={environment} />);
  return { user, ...view };
}

/** Opens a tab by its visible name and returns its panel. */
export async function openTab(user: ReturnType<typeof userEvent.setup>, name: string | RegExp): Promise<HTMLElement> {
  await user.click(screen.getByRole('tab', { name }));
  return screen.getByRole('tabpanel', { name });
}
