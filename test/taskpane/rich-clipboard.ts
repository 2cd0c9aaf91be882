/** A clipboard for the jsdom tests that takes `ClipboardItem`s (HTML beside text), as the pane's hosts do. */

export function richClipboard(): { read: (type: string) => Promise<string>; refuse: () => void } {
  let items: Array<Record<string, Blob>> = [];
  let refused = false;
  class Item {
    constructor(readonly data: Record<string, Blob>) {}
  }
  Object.defineProperty(window, 'ClipboardItem', { value: Item, configurable: true });
  const write = jest.fn(async (written: Item[]) => {
    if (refused) throw new Error('NotAllowedError');
    items = written.map((i) => i.data);
  });
  Object.defineProperty(navigator, 'clipboard', { value: { write, writeText: jest.fn() }, configurable: true });
  const read = (type: string): Promise<string> =>
    new Promise((resolve) => {
      const reader = new FileReader();
      reader.onload = () => resolve(String(reader.result));
      reader.readAsText(items[0][type]);
    });
  return { read, refuse: () => (refused = true) };
}

/** Removes the `ClipboardItem` class `richClipboard` put in place. */
export const forgetClipboardItem = (): void => {
  delete (window as { ClipboardItem?: unknown }).ClipboardItem;
};
