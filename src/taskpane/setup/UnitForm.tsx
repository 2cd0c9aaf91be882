import { Button, Field, Input, Select, Subtitle2, makeStyles, tokens } from '@fluentui/react-components';
import { useState, type FormEvent, type JSX } from 'react';
import { STANDARD_BLOCS } from '../../engine';
import { useFitStyles } from '../fit-styles';
import { usePane } from '../pane-context';
import type { Action } from '../status/use-action';
import { FormResult } from './FormResult';
import type { ListForms } from './use-list-forms';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
});

const EMPTY = { name: '', bloc: '', commune: '', otherNames: '', successor: '' };

/** One unit added at the end of `Danh mục` (the sheet made when the workbook lacks it). */
export function UnitForm({ forms, action }: { forms: ListForms; action: Action }): JSX.Element {
  const busy = !!action.busy;
  const { t } = usePane();
  const f = t.setup.unitForm;
  const styles = useStyles();
  const fit = useFitStyles();
  const [values, setValues] = useState(EMPTY);
  const [missingName, setMissingName] = useState(false);
  const set = (key: keyof typeof EMPTY) => (value: string) => {
    setValues((v) => ({ ...v, [key]: value }));
    if (key === 'name') setMissingName(false);
  };
  const onSubmit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    const name = values.name.trim();
    if (name === '') {
      setMissingName(true);
      return;
    }
    const text = (v: string): string | null => v.trim() || null;
    const ok = await forms.addUnit({
      name,
      bloc: text(values.bloc),
      commune: text(values.commune),
      otherNames: text(values.otherNames),
      successor: text(values.successor),
    });
    if (ok) setValues(EMPTY);
  };
  const input = (key: 'name' | 'commune' | 'otherNames' | 'successor', required = false) => (
    <Field
      className={fit.field}
      label={f[key]}
      required={required}
      {...(key === 'name' && missingName ? { validationState: 'error' as const, validationMessage: f.nameRequired } : {})}
    >
      <Input className={fit.root} value={values[key]} onChange={(_, d) => set(key)(d.value)} />
    </Field>
  );
  return (
    <form className={styles.form} noValidate aria-labelledby="dvk-unit-form" onSubmit={(e) => void onSubmit(e)}>
      <Subtitle2 as="h3" id="dvk-unit-form" className={fit.heading}>
        {f.heading}
      </Subtitle2>
      {input('name', true)}
      <Field className={fit.field} label={f.bloc}>
        <Select className={fit.root} select={{ className: fit.select }} value={values.bloc} onChange={(_, d) => set('bloc')(d.value)}>
          <option value="" />
          {STANDARD_BLOCS.map((b) => (
            <option key={b} value={b}>
              {b}
            </option>
          ))}
        </Select>
      </Field>
      {input('commune')}
      {input('otherNames')}
      {input('successor')}
      <div>
        <Button type="submit" disabled={busy}>
          {f.add}
        </Button>
      </div>
      <FormResult forms={forms} action={action} />
    </form>
  );
}
