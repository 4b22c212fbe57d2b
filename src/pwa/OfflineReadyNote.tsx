/**
 * A calm, passing note after the first visit has cached everything: "Available offline". It takes no clicks
 * (pointer-events: none, nothing to press) so it never covers a control, and hides itself after a few seconds.
 */
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { usePwaStore } from './pwaStore';

/** How long the note stays on screen: long enough to read two short lines, short enough not to linger. */
export const OFFLINE_NOTE_MS = 10_000;

export function OfflineReadyNote() {
  const { t } = useTranslation('pwa');
  const offlineReady = usePwaStore((s) => s.offlineReady);
  const dismiss = usePwaStore((s) => s.dismissOfflineReady);
  useEffect(() => {
    if (!offlineReady) return;
    const timer = setTimeout(dismiss, OFFLINE_NOTE_MS);
    return () => clearTimeout(timer);
  }, [offlineReady, dismiss]);
  return (
    <div className="pwa-note-region" role="status">
      {offlineReady && (
        <p className="pwa-note" data-testid="pwa-offline-ready">
          <strong>{t('offline.title')}</strong> <span>{t('offline.detail')}</span>
        </p>
      )}
    </div>
  );
}
