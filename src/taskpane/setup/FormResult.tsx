import { Button } from '@fluentui/react-components';
import type { JSX } from 'react';
import { usePane } from '../pane-context';
import { ActionStatus } from '../status/ActionStatus';
import type { Action } from '../status/use-action';
import type { ListForms } from './use-list-forms';

/** Under a form's button: what its write did, and the way back. */
export function FormResult({ forms, action }: { forms: ListForms; action: Action }): JSX.Element {
  const { t } = usePane();
  return (
    <>
      <ActionStatus state={action} />
      {forms.editing.last ? (
        <div>
          <Button onClick={() => void forms.editing.undo()} disabled={!!action.busy}>
            {t.setup.undoEdit}
          </Button>
        </div>
      ) : null}
    </>
  );
}
