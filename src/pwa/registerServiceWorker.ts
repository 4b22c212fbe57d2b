/**
 * Registers the service worker that vite-plugin-pwa builds (sw.js, next to index.html; see vite.config.ts and
 * docs/offline.md) through workbox-window, and reports to `usePwaStore`:
 *   - first install done (every file precached)  → offlineReady
 *   - a newer version installed and waiting      → updateReady; `applyUpdate` tells it to take over, then reloads
 * Updates never reload by themselves (registerType 'prompt'): a clinician may be mid-explanation.
 * Does nothing in the dev server, in Vitest, on file:// or where service workers are unavailable.
 */
import { Workbox } from 'workbox-window';
import { usePwaStore } from './pwaStore';
import { currentServiceWorkerEnvironment, serviceWorkerUnavailableReason } from './serviceWorkerSupport';

/**
 * How often an app left open (a consult-room tablet runs for days) asks the server for a newer version. Browsers
 * check by themselves only on navigation. An hour costs one small request (sw.js) and nothing when offline.
 */
export const UPDATE_CHECK_INTERVAL_MS = 60 * 60 * 1000;

/** Relative to index.html, like every asset URL (`base: './'`): works from any sub-path. */
const SERVICE_WORKER_URL = './sw.js';

let started = false;

/** Starts registration once per page (later calls, e.g. React StrictMode's second effect run, do nothing). */
export function registerServiceWorker(): void {
  if (started) return;
  started = true;
  if (serviceWorkerUnavailableReason(currentServiceWorkerEnvironment()) !== null) return;

  const workbox = new Workbox(SERVICE_WORKER_URL, { scope: './' });

  workbox.addEventListener('activated', (event) => {
    if (!event.isUpdate) usePwaStore.setState({ offlineReady: true });
  });
  // Also fires at load when a version was already waiting from an earlier visit.
  workbox.addEventListener('waiting', (event) => {
    usePwaStore.setState({ updateReady: true, applyUpdate: () => activateWaiting(workbox, event.sw) });
  });

  workbox
    .register()
    .then((registration) => {
      if (!registration) return;
      setInterval(() => {
        if (navigator.onLine) registration.update().catch(() => {});
      }, UPDATE_CHECK_INTERVAL_MS);
    })
    // Offline update checks and blocked registrations (private modes, some iframes) fail here: the app simply
    // runs without offline support.
    .catch((error: unknown) => console.warn('HealSim: offline support unavailable', error));
}

function activateWaiting(workbox: Workbox, waiting: ServiceWorker | undefined): void {
  // Another tab may have switched to the new version already: then only this page is left to reload.
  if (waiting?.state !== 'installed') {
    window.location.reload();
    return;
  }
  // Reload once the new version controls the page, so every file comes from one version.
  workbox.addEventListener('controlling', () => window.location.reload());
  workbox.messageSkipWaiting();
}
