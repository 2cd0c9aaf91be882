import type { PickedFile } from '../../workbook/read-workbook-file';

/** A file from the browser's file chooser, as bytes (FileReader where Blob.arrayBuffer is missing). */
export async function pickedFile(file: File): Promise<PickedFile> {
  const buffer =
    typeof file.arrayBuffer === 'function'
      ? await file.arrayBuffer()
      : await new Promise<ArrayBuffer>((resolve, reject) => {
          const reader = new FileReader();
          reader.onload = () => resolve(reader.result as ArrayBuffer);
          reader.onerror = () => reject(reader.error);
          reader.readAsArrayBuffer(file);
        });
  return { name: file.name, bytes: new Uint8Array(buffer), lastModified: file.lastModified ? new Date(file.lastModified) : null };
}
