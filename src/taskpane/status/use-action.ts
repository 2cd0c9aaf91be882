import { useCallback, useRef, useState } from 'react';

export interface ActionState {
  /** What is being done, while it is being done. */
  busy: string | null;
  /** What came out, for the live region. */
  result: string | null;
  error: unknown;
}

export interface Action extends ActionState {
  /** Runs a task with progress shown; a thrown error is kept for the message bar. Resolves false on error. */
  run: (busy: string, task: () => Promise<void>) => Promise<boolean>;
  /** Runs a quick task without progress or clearing the result (e.g. selecting a cell); keeps its error. */
  attempt: (task: () => Promise<void>) => Promise<boolean>;
  /** Sets the result read out in the live region. */
  announce: (text: string | null) => void;
}

const IDLE: ActionState = { busy: null, result: null, error: null };

/** One action at a time per tab, with its progress, result and error. */
export function useAction(): Action {
  const [state, setState] = useState<ActionState>(IDLE);
  const running = useRef(false);
  const run = useCallback(async (busy: string, task: () => Promise<void>): Promise<boolean> => {
    if (running.current) return false;
    running.current = true;
    setState({ busy, result: null, error: null });
    try {
      await task();
      setState((s) => ({ ...s, busy: null }));
      return true;
    } catch (error) {
      setState({ busy: null, result: null, error });
      return false;
    } finally {
      running.current = false;
    }
  }, []);
  const attempt = useCallback(async (task: () => Promise<void>): Promise<boolean> => {
    try {
      await task();
      setState((s) => (s.error ? { ...s, error: null } : s));
      return true;
    } catch (error) {
      setState((s) => ({ ...s, error }));
      return false;
    }
  }, []);
  const announce = useCallback((result: string | null) => setState((s) => ({ ...s, result })), []);
  return { ...state, run, attempt, announce };
}
