import { makeStyles, tokens } from '@fluentui/react-components';
import type { JSX } from 'react';
import { COLUMN_BY_KEY, type Finding } from '../../engine';
import { BLOC_COMMUNE } from '../../engine/vocabulary';
import { usePane } from '../pane-context';
import { ChoiceField, type Choice } from './ChoiceField';
import type { FormKey, FormValues } from './form-model';
import { TextField } from './TextField';
import { validationFor } from './validation';

const useStyles = makeStyles({
  fields: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
});

interface Props {
  form: FormValues;
  keys: readonly FormKey[];
  choices: Partial<Record<FormKey, Choice[]>>;
  findings: readonly Finding[];
  onChange: (key: FormKey, value: string) => void;
}

type Hints = ReturnType<typeof usePane>['t']['entry']['hints'];
const hasHint = (key: string, hints: Hints): key is keyof Hints => key in hints;

/** The row's fields, in the sheet's order, each with the engine's findings on it. */
export function EntryForm({ form, keys, choices, findings, onChange }: Props): JSX.Element {
  const { t, m } = usePane();
  const styles = useStyles();
  return (
    <div className={styles.fields}>
      {keys.map((key) => {
        const validation = validationFor(
          findings.filter((f) => f.key === key),
          m,
        );
        const required = (COLUMN_BY_KEY.get(key)?.required ?? false) || (key === 'commune' && form.bloc === BLOC_COMMUNE);
        const list = choices[key];
        const hint = key === 'unit' && !list ? t.entry.hints.unitFree : hasHint(key, t.entry.hints) ? t.entry.hints[key] : undefined;
        const common = { label: t.entry.fields[key], hint, required, value: form[key], validation, onChange: (v: string) => onChange(key, v) };
        if (list) {
          const emptyLabel = key === 'status' ? t.entry.statusEmpty : required ? t.entry.choose : t.entry.empty;
          return <ChoiceField key={key} {...common} emptyLabel={emptyLabel} choices={list} />;
        }
        return <TextField key={key} {...common} multiline={key === 'name'} numeric={key === 'year'} />;
      })}
    </div>
  );
}
