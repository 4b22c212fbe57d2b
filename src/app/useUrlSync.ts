/**
 * Keeps the address bar on the current scenario and view (history.replaceState, debounced), so reloading or
 * bookmarking keeps what the user set up. The model time is not written here (it changes every frame); the
 * share link adds it (currentShareState.ts).
 */
import { useEffect } from 'react';
import { useScenarioStore } from '../state/scenarioStore';
import { useViewStore } from '../state/viewStore';
import { currentShareState } from '../scenario/scenarioCodec';
import { EMBEDDING_KEYS, writeShareQuery } from '../scenario/shareState';

const URL_SYNC_MS = 500;

export function useUrlSync(): void {
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | null = null;
    const schedule = () => {
      if (timer !== null) clearTimeout(timer);
      timer = setTimeout(() => {
        const query = writeShareQuery(currentShareState(null, false));
        const url = new URL(window.location.href);
        // Options owned by other parts of the app (embedding: locale, kiosk…) are kept as they were.
        const kept = new URLSearchParams(url.search);
        const next = new URLSearchParams(query);
        for (const key of EMBEDDING_KEYS) {
          const value = kept.get(key);
          if (value !== null) next.set(key, value);
        }
        url.search = next.toString();
        if (url.toString() !== window.location.href) window.history.replaceState(null, '', url);
      }, URL_SYNC_MS);
    };
    const unsubscribeScenario = useScenarioStore.subscribe(schedule);
    const unsubscribeView = useViewStore.subscribe(schedule);
    return () => {
      if (timer !== null) clearTimeout(timer);
      unsubscribeScenario();
      unsubscribeView();
    };
  }, []);
}
