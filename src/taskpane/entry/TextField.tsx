import { Field, Input, Textarea, type FieldProps } from '@fluentui/react-components';
import type { JSX } from 'react';

interface Props {
  label: string;
  hint?: string;
  required?: boolean;
  value: string;
  multiline?: boolean;
  numeric?: boolean;
  validation: Pick<FieldProps, 'validationState' | 'validationMessage'>;
  onChange: (value: string) => void;
}

/** A free-text cell of the row. */
export function TextField({ label, hint, required, value, multiline, numeric, validation, onChange }: Props): JSX.Element {
  return (
    <Field label={label} hint={hint} required={required} {...validation}>
      {multiline ? (
        <Textarea value={value} resize="vertical" onChange={(_, data) => onChange(data.value)} />
      ) : (
        <Input value={value} inputMode={numeric ? 'numeric' : undefined} onChange={(_, data) => onChange(data.value)} />
      )}
    </Field>
  );
}
