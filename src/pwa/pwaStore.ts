/**
 * The offline app's state, for the UI (pmndrs/zustand): whether the first install finished (everything precached)
 * and whether a newer version waits for the user's "Reload". Written only by registerServiceWorker.ts.
 */
import { create } from 'zustand';

export interface PwaState {
  /** The service worker installed for the first time: every file of the app is cached, it runs offline. */
  offlineReady: boolean;
  /** A newer version is installed and waiting; `applyUpdate` switches to it and reloads. */
  updateReady: boolean;
  /** Activates the waiting version and reloads the page (a no-op until one is waiting). */
  applyUpdate: () => void;
  /** Hides the update prompt until the next update is found ("Later"). */
  dismissUpdate: () => void;
  dismissOfflineReady: () => void;
}

export const usePwaStore = create<PwaState>()((set) => ({
  offlineReady: false,
  updateReady: false,
  applyUpdate: () => {},
  dismissUpdate: () => set({ updateReady: false }),
  dismissOfflineReady: () => set({ offlineReady: false }),
}));
