import { Field, Select } from '@fluentui/react-components';
import type { JSX } from 'react';
import { useFitStyles } from './fit-styles';
import type { Language } from './locale';
import { usePane } from './pane-context';

/** Vietnamese first; English for those who ask. Each option is named in its own language. */
export function LanguageSwitch({ onChange }: { onChange: (language: Language) => void }): JSX.Element {
  const { t, language } = usePane();
  const fit = useFitStyles();
  return (
    <Field className={fit.horizontalField} label={t.language.label} orientation="horizontal" size="small">
      <Select
        className={fit.root}
        select={{ className: fit.select }}
        size="small"
        value={language}
        onChange={(_, data) => onChange(data.value === 'en' ? 'en' : 'vi')}
      >
        <option value="vi" lang="vi">
          {t.language.vi}
        </option>
        <option value="en" lang="en">
          {t.language.en}
        </option>
      </Select>
    </Field>
  );
}
