/**
 * What the adapter needs from Office, behind one seam so tests inject a fake Excel object model.
 * `officeHost()` is the real one; nothing else in the adapter touches the `Excel`/`Office` globals.
 */
export interface OfficeHost {
  /** `Excel.run`; with `context`, a batch in an earlier batch's context (removing an event handler needs it). */
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>, context?: Excel.RequestContext): Promise<T>;
  /** `Office.context.requirements.isSetSupported`. */
  isSetSupported(name: string, version: string): boolean;
  /**
   * The document's selection-changed event (Office common API, any Excel), for hosts without
   * ExcelApi 1.2. Returns the unsubscribe function.
   */
  onDocumentSelectionChanged(handler: () => void): () => void;
}

/** The host of the running add-in. Call after `Office.onReady`. */
export function officeHost(): OfficeHost {
  return {
    run: <T>(batch: (context: Excel.RequestContext) => Promise<T>, context?: Excel.RequestContext) => (context ? Excel.run(context, batch) : Excel.run(batch)),
    isSetSupported: (name, version) => Office.context.requirements.isSetSupported(name, version),
    onDocumentSelectionChanged: (handler) => {
      const document = Office.context.document;
      const type = Office.EventType.DocumentSelectionChanged;
      document.addHandlerAsync(type, handler);
      return () => document.removeHandlerAsync(type, { handler });
    },
  };
}
