import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import type { JSX } from 'react';
import { findingText, type Finding } from '../../engine';
import { usePane } from '../pane-context';

/** Findings not shown next to a field, as a list under a title. */
export function FindingList({ title, findings }: { title: string; findings: readonly Finding[] }): JSX.Element | null {
  const { m } = usePane();
  if (findings.length === 0) return null;
  const intent = findings.some((f) => f.severity === 'error') ? 'error' : 'warning';
  return (
    <MessageBar intent={intent} layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{title}</MessageBarTitle>
        <ul>
          {findings.map((f, i) => (
            <li key={`${f.rule}-${f.cell ?? i}`}>{findingText(f, m)}</li>
          ))}
        </ul>
      </MessageBarBody>
    </MessageBar>
  );
}
