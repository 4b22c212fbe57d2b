/**
 * Nothing in the kiosk leads out of the app: links to anywhere else, new windows, dropped links or files (a drop
 * navigates the tab), and the long-press context menu ("open in new tab", "share") are all blocked. The app has
 * no outbound links today; this guard keeps it so if one is added (e.g. a citation link).
 */
import { useEffect } from 'react';

/** Whether a click on this element would navigate away from the app (another origin, or a new window). */
export function leadsOutOfApp(anchor: HTMLAnchorElement, appOrigin: string): boolean {
  if (!anchor.hasAttribute('href')) return false;
  if (anchor.target !== '' && anchor.target !== '_self') return true;
  if (anchor.hasAttribute('download')) return false;
  try {
    return new URL(anchor.href, window.location.href).origin !== appOrigin;
  } catch {
    return true;
  }
}

export function useKioskGuards(enabled: boolean, onBlocked: () => void): void {
  useEffect(() => {
    if (!enabled) return;
    const origin = window.location.origin;
    const onClick = (e: MouseEvent) => {
      const anchor = e.target instanceof Element ? e.target.closest('a') : null;
      if (anchor && leadsOutOfApp(anchor, origin)) {
        e.preventDefault();
        e.stopPropagation();
        onBlocked();
      }
    };
    const block = (e: Event) => e.preventDefault();
    const originalOpen = window.open;
    window.open = () => {
      onBlocked();
      return null;
    };
    document.addEventListener('click', onClick, true);
    document.addEventListener('auxclick', onClick, true);
    document.addEventListener('contextmenu', block);
    document.addEventListener('dragover', block);
    document.addEventListener('drop', block);
    return () => {
      window.open = originalOpen;
      document.removeEventListener('click', onClick, true);
      document.removeEventListener('auxclick', onClick, true);
      document.removeEventListener('contextmenu', block);
      document.removeEventListener('dragover', block);
      document.removeEventListener('drop', block);
    };
  }, [enabled, onBlocked]);
}
