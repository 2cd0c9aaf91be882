/** Copies text to the clipboard; false where the host does not allow it (then the clerk copies by hand). */
export async function copyText(text: string): Promise<boolean> {
  try {
    if (typeof navigator === 'undefined' || !navigator.clipboard?.writeText) return false;
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/**
 * Copies formatted text (HTML, with its plain text beside it) so that pasting into Word keeps
 * headings, bold and paragraphs. The asynchronous clipboard where the host grants it; else the
 * selection of a hidden copy of the HTML and the copy command, which Office's webviews allow.
 */
export async function copyHtml(html: string, text: string): Promise<boolean> {
  try {
    if (typeof ClipboardItem !== 'undefined' && navigator.clipboard?.write) {
      await navigator.clipboard.write([
        new ClipboardItem({ 'text/html': new Blob([html], { type: 'text/html' }), 'text/plain': new Blob([text], { type: 'text/plain' }) }),
      ]);
      return true;
    }
  } catch {
    // Refused (no permission, no focus): the selection copy below still works in most hosts.
  }
  return copyBySelection(html);
}

function copyBySelection(html: string): boolean {
  if (typeof document === 'undefined' || typeof document.execCommand !== 'function') return false;
  const holder = document.createElement('div');
  holder.setAttribute('aria-hidden', 'true');
  holder.style.position = 'fixed';
  holder.style.left = '-10000px';
  holder.style.top = '0';
  // Our own HTML, every text escaped (reportHtml).
  holder.innerHTML = html;
  document.body.appendChild(holder);
  const selection = window.getSelection();
  try {
    const range = document.createRange();
    range.selectNodeContents(holder);
    selection?.removeAllRanges();
    selection?.addRange(range);
    return document.execCommand('copy');
  } catch {
    return false;
  } finally {
    selection?.removeAllRanges();
    holder.remove();
  }
}
