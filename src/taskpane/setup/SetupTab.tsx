import {
  Badge,
  Body1,
  Button,
  MessageBar,
  MessageBarBody,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useMemo, type JSX } from 'react';
import { TabSection } from '../TabSection';
import { usePane } from '../pane-context';
import { ActionStatus } from '../status/ActionStatus';
import type { TabProps } from '../tabs';
import { sheetsToCreate } from './sheet-plan';
import { useSetup } from './use-setup';
import { InfoForm } from './InfoForm';
import { UnitForm } from './UnitForm';
import { useListForms } from './use-list-forms';
import { infoTexts } from '../../engine';
import { useAction } from '../status/use-action';

const useStyles = makeStyles({
  table: { tableLayout: 'auto' },
  // A pill of fixed height spills its text when the words wrap (English at 320 px): let it grow.
  badge: { height: 'auto', minHeight: '20px', whiteSpace: 'normal', textAlign: 'center', paddingBlock: '1px' },
  caption: { textAlign: 'start', fontWeight: tokens.fontWeightSemibold, paddingBottom: tokens.spacingVerticalXS },
});

/** Thiết lập: the standard sheets present and missing, and adding the missing ones. */
export function SetupTab({ active }: TabProps): JSX.Element {
  const { t, num, workbook } = usePane();
  const styles = useStyles();
  const { view, sheets, action, create, reload } = useSetup(active);
  // Each form shows its result and its undo under its own button.
  const unitAction = useAction();
  const infoAction = useAction();
  const unitForms = useListForms(unitAction, reload);
  const infoForms = useListForms(infoAction, reload);
  const shownInfo = useMemo(() => infoTexts(sheets ?? []), [sheets]);
  const registrations = view?.registrations;
  const missing = view ? sheetsToCreate(view).length : 0;
  return (
    <TabSection name="setup" heading={t.setup.heading} intro={t.setup.intro}>
      {view && view.otherLayout && registrations ? (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>{t.setup.otherLayout({ sheet: registrations.sheet, row: num(registrations.headerRow) })}</MessageBarBody>
        </MessageBar>
      ) : null}
      {view && !view.otherLayout && registrations ? <Body1>{t.setup.found({ sheet: registrations.sheet, row: num(registrations.headerRow) })}</Body1> : null}
      {view?.noHeader ? (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{t.setup.noHeader({ sheet: view.noHeader })}</MessageBarBody>
        </MessageBar>
      ) : null}
      {/* The button and its message above the list, so the result shows where the clerk clicked. */}
      <div>
        <Button appearance="primary" onClick={() => void create()} disabled={!!action.busy || !view || missing === 0}>
          {t.setup.create}
        </Button>
      </div>
      <ActionStatus state={action} />
      {view ? (
        <Table size="small" className={styles.table}>
          <caption className={styles.caption}>{t.setup.tableCaption}</caption>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">{t.setup.sheetColumn}</TableHeaderCell>
              <TableHeaderCell scope="col">{t.setup.purposeColumn}</TableHeaderCell>
              <TableHeaderCell scope="col">{t.setup.stateColumn}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {view.sheets
              .filter((s) => (s.content.visibility ?? 'visible') === 'visible')
              .map((s) => (
                <TableRow key={s.content.name}>
                  <TableCell>{s.content.name}</TableCell>
                  <TableCell>{t.setup.purposes[s.purpose]}</TableCell>
                  <TableCell>
                    <Badge appearance="tint" className={styles.badge} color={s.present ? 'success' : 'warning'}>
                      {s.present ? t.setup.present : t.setup.missing}
                    </Badge>
                  </TableCell>
                </TableRow>
              ))}
          </TableBody>
        </Table>
      ) : null}
      {view && missing === 0 ? <Body1>{t.setup.complete}</Body1> : null}
      {!view || workbook.capabilities().hideSheets ? null : (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>{t.setup.cannotHide}</MessageBarBody>
        </MessageBar>
      )}
      {view ? <UnitForm forms={unitForms} action={unitAction} /> : null}
      {view ? <InfoForm forms={infoForms} action={infoAction} shown={shownInfo} /> : null}
    </TabSection>
  );
}
