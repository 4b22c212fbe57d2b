/** Saves a Blob as a file: an object URL clicked through a temporary <a download>. Nothing leaves the device. */

/**
 * How long the object URL stays valid after the click, ms: some browsers start reading it only after the click
 * handler returns, so revoking at once could cancel the download.
 */
const REVOKE_AFTER_MS = 10_000;

export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
}

export function downloadText(text: string, fileName: string, type: string): void {
  downloadBlob(new Blob([text], { type }), fileName);
}
