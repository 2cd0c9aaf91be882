import type { FieldProps } from '@fluentui/react-components';
import { findingText, type Finding } from '../../engine';
import type { Messages } from '../../i18n/vi';

/** A field's state and message (in the pane's language) from the engine's findings on it. */
export function validationFor(findings: readonly Finding[], m: Messages): Pick<FieldProps, 'validationState' | 'validationMessage'> {
  if (findings.length === 0) return {};
  const state = findings.some((f) => f.severity === 'error') ? 'error' : findings.some((f) => f.severity === 'warning') ? 'warning' : 'none';
  return { validationState: state, validationMessage: findings.map((f) => findingText(f, m)).join(' ') };
}
