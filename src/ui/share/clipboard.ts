/**
 * Copies text with the async Clipboard API. Resolves false where it is missing or refused (an insecure origin, an
 * embedding page's permissions policy, a denied permission): callers then select the text in a read-only field so
 * the user can copy it by hand.
 */
export async function copyText(text: string): Promise<boolean> {
  if (typeof navigator === 'undefined' || !navigator.clipboard?.writeText) return false;
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}
