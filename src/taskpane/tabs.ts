export const TABS = ['setup', 'entry', 'check', 'summary', 'report', 'consolidate'] as const;
export type TabId = (typeof TABS)[number];

export const tabId = (tab: TabId): string => `dvk-tab-${tab}`;
/** What every tab gets: whether it is the one shown (it reads the workbook afresh when it becomes so). */
export interface TabProps {
  active: boolean;
}

export const panelId = (tab: TabId): string => `dvk-panel-${tab}`;
