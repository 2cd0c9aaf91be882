import type { FieldProps } from '@fluentui/react-components';
import type { Finding } from '../../engine';

/** A field's state and message from the engine's findings on it: errors first. */
export function validationFor(findings: readonly Finding[]): Pick<FieldProps, 'validationState' | 'validationMessage'> {
  if (findings.length === 0) return {};
  const state = findings.some((f) => f.severity === 'error') ? 'error' : findings.some((f) => f.severity === 'warning') ? 'warning' : 'none';
  return { validationState: state, validationMessage: findings.map((f) => f.message).join(' ') };
}
