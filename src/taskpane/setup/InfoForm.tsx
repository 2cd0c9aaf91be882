import { Body1, Button, Field, Input, Select, Subtitle2, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useState, type FormEvent, type JSX } from 'react';
import { INFO_LABELS, type InfoKey } from '../../engine';
import { useFitStyles } from '../fit-styles';
import { usePane } from '../pane-context';
import type { Action } from '../status/use-action';
import { FormResult } from './FormResult';
import type { InfoValues, ListForms } from './use-list-forms';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
});

const KEYS = Object.keys(INFO_LABELS) as InfoKey[];
const LONG: ReadonlySet<InfoKey> = new Set(['basis', 'recipients']);

/** Every particular of `Thông tin`, as it is now; the ones changed are checked, then written in one go. */
export function InfoForm({ forms, action, shown }: { forms: ListForms; action: Action; shown: InfoValues }): JSX.Element {
  const busy = !!action.busy;
  const { t } = usePane();
  const f = t.setup.infoForm;
  const hints: Partial<Record<InfoKey, string>> = f.hints;
  const styles = useStyles();
  const fit = useFitStyles();
  const [values, setValues] = useState<InfoValues>(shown);
  // What the sheet holds, each time it is read again.
  useEffect(() => setValues(shown), [shown]);
  const set = (key: InfoKey, value: string): void => setValues((v) => ({ ...v, [key]: value }));
  const onSubmit = (event: FormEvent): void => {
    event.preventDefault();
    void forms.saveInfo(values, shown);
  };
  return (
    <form className={styles.form} noValidate aria-labelledby="dvk-info-form" onSubmit={onSubmit}>
      <Subtitle2 as="h3" id="dvk-info-form" className={fit.heading}>
        {f.heading}
      </Subtitle2>
      <Body1>{f.intro}</Body1>
      {KEYS.map((key) => (
        <Field
          key={key}
          className={fit.field}
          label={t.report.particulars[key]}
          hint={hints[key]}
          {...(forms.unreadable.includes(key) ? { validationState: 'error' as const, validationMessage: f.unreadable } : {})}
        >
          {key === 'level' ? (
            <Select className={fit.root} select={{ className: fit.select }} value={values.level} onChange={(_, d) => set('level', d.value)}>
              <option value="" />
              <option value="Xã">Xã</option>
              <option value="Huyện">Huyện</option>
              <option value="Tỉnh">Tỉnh</option>
            </Select>
          ) : LONG.has(key) ? (
            <Textarea className={fit.root} resize="vertical" value={values[key]} onChange={(_, d) => set(key, d.value)} />
          ) : (
            <Input className={fit.root} value={values[key]} onChange={(_, d) => set(key, d.value)} />
          )}
        </Field>
      ))}
      <div>
        <Button type="submit" disabled={busy}>
          {f.save}
        </Button>
      </div>
      <FormResult forms={forms} action={action} />
    </form>
  );
}
