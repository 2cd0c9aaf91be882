/**
 * Hands bytes to the browser as a downloaded file; false where the page cannot (no object URLs, no
 * `download` attribute), so that the caller offers another way.
 */
export function downloadBytes(bytes: Uint8Array, fileName: string, type: string): boolean {
  if (typeof document === 'undefined' || typeof URL === 'undefined' || typeof URL.createObjectURL !== 'function') return false;
  const link = document.createElement('a');
  if (!('download' in link)) return false;
  const url = URL.createObjectURL(new Blob([bytes as Uint8Array<ArrayBuffer>], { type }));
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  document.body.appendChild(link);
  link.click();
  link.remove();
  // Give the browser time to start the download before the address goes away.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
  return true;
}
