import { MessageBar, MessageBarBody, MessageBarTitle, Spinner, makeStyles, tokens } from '@fluentui/react-components';
import type { JSX } from 'react';
import { usePane } from '../pane-context';
import { describeError } from './describe-error';
import type { ActionState } from './use-action';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  live: { minHeight: tokens.lineHeightBase300 },
});

/** Progress and results (read out by screen readers) and errors of a tab's actions. */
export function ActionStatus({ state }: { state: ActionState }): JSX.Element {
  const pane = usePane();
  const styles = useStyles();
  return (
    <div className={styles.root}>
      <div role="status" aria-live="polite" aria-atomic="true" className={styles.live}>
        {state.busy ? <Spinner size="tiny" labelPosition="after" label={state.busy} /> : state.result}
      </div>
      <div role="alert">
        {state.error ? (
          <MessageBar intent="error" layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>{pane.t.status.errorTitle}</MessageBarTitle>
              {describeError(state.error, pane)}
            </MessageBarBody>
          </MessageBar>
        ) : null}
      </div>
    </div>
  );
}
