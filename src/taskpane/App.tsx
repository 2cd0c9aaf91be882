import { Caption1, FluentProvider, Tab, TabList, Title3, makeStyles, tokens, webDarkTheme, webLightTheme } from '@fluentui/react-components';
import { useEffect, useMemo, useState, type JSX } from 'react';
import type { WorkbookPort } from '../workbook/workbook';
import { CheckTab } from './check/CheckTab';
import { ConsolidateTab } from './consolidate/ConsolidateTab';
import { EntryTab } from './entry/EntryTab';
import { LanguageSwitch } from './LanguageSwitch';
import type { Language } from './locale';
import { makePane, PaneProvider } from './pane-context';
import { rememberedLanguage, rememberLanguage } from './remembered-language';
import { ReportTab } from './report/ReportTab';
import { SetupTab } from './setup/SetupTab';
import { SummaryTab } from './summary/SummaryTab';
import { panelId, tabId, TABS, type TabId, type TabProps } from './tabs';

export interface PaneEnvironment {
  language: Language;
  theme: 'light' | 'dark';
}

export interface AppProps {
  /** The only way the pane touches the workbook. */
  workbook: WorkbookPort;
  environment: PaneEnvironment;
}

const PANELS: Record<TabId, (props: TabProps) => JSX.Element> = {
  setup: SetupTab,
  entry: EntryTab,
  check: CheckTab,
  summary: SummaryTab,
  report: ReportTab,
  consolidate: ConsolidateTab,
};

const useStyles = makeStyles({
  provider: { minHeight: '100vh', backgroundColor: tokens.colorNeutralBackground1 },
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalL },
  header: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  tabs: { flexWrap: 'wrap' },
  title: { margin: 0 },
});

/** The task pane: six tabs over the workbook, in Vietnamese first, following Excel's theme. */
export function App({ workbook, environment }: AppProps): JSX.Element {
  const styles = useStyles();
  // The clerk's last choice wins over the host's language: it survives another workbook being opened.
  const [language, setLanguageState] = useState<Language>(() => rememberedLanguage() ?? environment.language);
  const setLanguage = (next: Language): void => {
    rememberLanguage(next);
    setLanguageState(next);
  };
  const [tab, setTab] = useState<TabId>('setup');
  // A tab is mounted the first time it is opened and then kept, so a half-filled form survives.
  const [opened, setOpened] = useState<ReadonlySet<TabId>>(() => new Set<TabId>(['setup']));
  const pane = useMemo(() => makePane(workbook, language), [workbook, language]);
  const { t } = pane;

  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);

  const select = (next: TabId): void => {
    setTab(next);
    setOpened((s) => (s.has(next) ? s : new Set([...s, next])));
  };

  return (
    <FluentProvider theme={environment.theme === 'dark' ? webDarkTheme : webLightTheme} className={styles.provider}>
      <PaneProvider value={pane}>
        <main className={styles.root} lang={language}>
          <header className={styles.header}>
            <Title3 as="h1" className={styles.title}>
              {t.appTitle}
            </Title3>
            <Caption1>{t.appSubtitle}</Caption1>
            <LanguageSwitch onChange={setLanguage} />
          </header>
          <TabList className={styles.tabs} selectedValue={tab} onTabSelect={(_, data) => select(data.value as TabId)} aria-label={t.tabs.label} size="small">
            {TABS.map((id) => (
              <Tab key={id} id={tabId(id)} value={id} aria-controls={opened.has(id) ? panelId(id) : undefined}>
                {t.tabs[id]}
              </Tab>
            ))}
          </TabList>
          {TABS.filter((id) => opened.has(id)).map((id) => {
            const Panel = PANELS[id];
            return (
              <div key={id} role="tabpanel" id={panelId(id)} aria-labelledby={tabId(id)} hidden={tab !== id}>
                <Panel active={tab === id} />
              </div>
            );
          })}
        </main>
      </PaneProvider>
    </FluentProvider>
  );
}

export default App;
