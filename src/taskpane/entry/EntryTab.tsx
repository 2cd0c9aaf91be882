import { Body1, Button, Caption1, MessageBar, MessageBarBody, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useId, useRef, type FormEvent, type JSX } from 'react';
import { TabSection } from '../TabSection';
import { usePane } from '../pane-context';
import { ActionStatus } from '../status/ActionStatus';
import type { TabProps } from '../tabs';
import { choicesFor } from './choices';
import { KhoiForm } from '../khoi/KhoiForm';
import { EntryForm } from './EntryForm';
import { FindingList } from './FindingList';
import { FORM_KEYS, isFormKey } from './form-model';
import { useEntry } from './use-entry';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'center' },
});

/** Nhập: one model at a time, checked by the engine before it is written; correcting a selected row; undo. */
export function EntryTab({ active }: TabProps): JSX.Element {
  const { t, num } = usePane();
  const styles = useStyles();
  const entry = useEntry(active);
  const undoId = useId();
  const { snapshot, form, mode, findings, written, refused, undo, action } = entry;
  const formRef = useRef<HTMLFormElement>(null);
  // A refused write takes the clerk to the first field in error.
  useEffect(() => {
    if (refused > 0) formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [refused]);
  const found = snapshot?.found ?? null;
  // The sheet's own columns, tick columns (a mark under one of several sub-columns) among them.
  const keys = found ? FORM_KEYS.filter((k) => found.header.columns.has(k) || found.header.ticks.some((g) => g.key === k)) : FORM_KEYS;
  const missingColumns = snapshot?.dataset.readFindings.filter((f) => f.rule === 'required') ?? [];
  const others = findings.filter((f) => !isFormKey(f.key) || !keys.includes(f.key));
  const onSubmit = (event: FormEvent): void => {
    event.preventDefault();
    void entry.submit();
  };
  return (
    <TabSection name="entry" heading={t.entry.heading} intro={t.entry.intro}>
      {snapshot && !found ? (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{t.status.noRegistrationSheet}</MessageBarBody>
        </MessageBar>
      ) : null}
      {found ? (
        <Body1>
          {t.entry.target({ sheet: found.sheet.name })} <strong>{mode.kind === 'update' ? t.entry.editing({ row: num(mode.row) }) : t.entry.adding}</strong>
        </Body1>
      ) : null}
      <FindingList title={t.entry.sheetProblems} findings={missingColumns} />
      <form ref={formRef} className={styles.form} noValidate aria-label={t.entry.formLabel} onSubmit={onSubmit}>
        <EntryForm form={form} keys={keys} choices={choicesFor(snapshot?.dataset ?? null, t)} findings={findings} onChange={entry.setValue} />
        <FindingList title={t.entry.otherFindings} findings={others} />
        <div className={styles.actions}>
          <Button type="submit" appearance="primary" disabled={!!action.busy || !found}>
            {mode.kind === 'update' ? t.entry.update({ row: num(mode.row) }) : t.entry.add}
          </Button>
          {mode.kind === 'update' ? (
            <>
              <Button type="button" onClick={entry.newRow} disabled={!!action.busy}>
                {t.entry.newRow}
              </Button>
              <Button type="button" onClick={() => void entry.deleteRow()} disabled={!!action.busy}>
                {t.entry.deleteRow({ row: num(mode.row) })}
              </Button>
            </>
          ) : null}
          <Button type="button" onClick={() => void entry.undoLast()} disabled={!!action.busy || !undo.top} aria-describedby={undo.top ? undoId : undefined}>
            {t.entry.undo}
          </Button>
          {undo.top ? (
            <Caption1 id={undoId}>
              {(undo.top.kind === 'append' ? t.entry.undoAppend : undo.top.kind === 'delete' ? t.entry.undoDelete : t.entry.undoUpdate)({
                row: num(undo.top.row),
              })}
            </Caption1>
          ) : null}
        </div>
      </form>
      <ActionStatus state={action} />
      <FindingList title={t.entry.warningsAfterWrite({ count: num(written.length) })} findings={written} />
      {snapshot ? <KhoiForm hasSheet={snapshot.dataset.khoiSources.length > 0} /> : null}
    </TabSection>
  );
}
