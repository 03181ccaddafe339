/** How long the object URL outlives the click: the browser reads it asynchronously. */
const REVOKE_AFTER_MS = 60_000;

/**
 * Hands a file made in the page to the browser's downloads, under `filename`: an object URL and a
 * link with `download`, clicked once. Only called from an event, never during render.
 */
export function saveFile(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
}
