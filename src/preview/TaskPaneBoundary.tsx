import { Component, type ReactNode } from 'react';

/** A failing task pane shows its message instead of taking the workbook view down with it. */
export class TaskPaneBoundary extends Component<{ children: ReactNode }, { error: Error | null }> {
  override state = { error: null as Error | null };

  static getDerivedStateFromError(error: Error): { error: Error } {
    return { error };
  }

  override render(): ReactNode {
    return this.state.error ? <pre role="alert">{this.state.error.message}</pre> : this.props.children;
  }
}
