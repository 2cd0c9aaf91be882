import { Tab, TabList, makeStyles, tokens } from '@fluentui/react-components';
import type { JSX } from 'react';
import type { MemoryWorkbook } from '../workbook/preview/memory-workbook';
import { useMessages } from './messages';

const useStyles = makeStyles({
  bar: {
    flexShrink: 0,
    overflowX: 'auto',
    borderTop: `1px solid ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground2,
  },
});

/** The visible sheets as tabs (buttons; arrow keys move between them), the active one selected. */
export function SheetTabs({ workbook }: { workbook: MemoryWorkbook }): JSX.Element {
  const classes = useStyles();
  const m = useMessages();
  const active = workbook.activeSheet();
  return (
    <div className={classes.bar}>
      <TabList
        size="small"
        aria-label={m.preview.sheetTabsLabel}
        selectedValue={active ?? undefined}
        onTabSelect={(_, data) => workbook.activate(String(data.value))}
      >
        {workbook.visibleSheetNames().map((name) => (
          <Tab key={name} value={name}>
            {name}
          </Tab>
        ))}
      </TabList>
    </div>
  );
}
