import { Field, Select, type FieldProps } from '@fluentui/react-components';
import type { JSX } from 'react';
import { useFitStyles } from '../fit-styles';
import { usePane } from '../pane-context';

export interface Choice {
  value: string;
  label: string;
}

interface Props {
  label: string;
  hint?: string;
  required?: boolean;
  value: string;
  /** The first option, for an empty cell. */
  emptyLabel: string;
  choices: readonly Choice[];
  validation: Pick<FieldProps, 'validationState' | 'validationMessage'>;
  onChange: (value: string) => void;
}

/** A dropdown of the spec's list; a value typed in the sheet that is not in the list is shown as it is. */
export function ChoiceField({ label, hint, required, value, emptyLabel, choices, validation, onChange }: Props): JSX.Element {
  const { t } = usePane();
  const fit = useFitStyles();
  const known = value === '' || choices.some((c) => c.value === value);
  return (
    <Field className={fit.field} label={label} hint={hint} required={required} {...validation}>
      <Select className={fit.root} select={{ className: fit.select }} value={value} onChange={(_, data) => onChange(data.value)}>
        <option value="">{emptyLabel}</option>
        {known ? null : <option value={value}>{t.entry.notInList({ value })}</option>}
        {choices.map((c) => (
          <option key={c.value} value={c.value}>
            {c.label}
          </option>
        ))}
      </Select>
    </Field>
  );
}
