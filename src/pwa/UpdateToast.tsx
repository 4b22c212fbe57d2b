/**
 * "A new version is ready — Reload": shown only when a newer HealSim has been installed in the background. The
 * user chooses when to reload (never mid-explanation); "Later" hides it until the next update.
 */
import { useTranslation } from 'react-i18next';
import { usePwaStore } from './pwaStore';

export function UpdateToast() {
  const { t } = useTranslation('pwa');
  const updateReady = usePwaStore((s) => s.updateReady);
  const applyUpdate = usePwaStore((s) => s.applyUpdate);
  const dismissUpdate = usePwaStore((s) => s.dismissUpdate);
  // The live region (the sentence only, not the buttons) stays mounted so screen readers announce it when the
  // text appears; the box takes no space while it is empty.
  return (
    <div className={updateReady ? 'pwa-toast-region pwa-toast' : 'pwa-toast-region'} data-testid="pwa-update">
      <p className="pwa-toast-text" role="status">
        {updateReady ? t('update.ready') : ''}
      </p>
      {updateReady && (
        <div className="pwa-toast-actions">
          <button type="button" className="pwa-toast-primary" onClick={applyUpdate}>
            {t('update.reload')}
          </button>
          <button type="button" onClick={dismissUpdate}>
            {t('update.later')}
          </button>
        </div>
      )}
    </div>
  );
}
