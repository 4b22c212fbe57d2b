/**
 * Listens for the page-wide single-key shortcuts (shortcuts.ts) on the document and runs them
 * (shortcutActions.ts). Mounted once, by the header's accessibility menu. While a modal dialog is open only '?'
 * acts (it closes the shortcuts dialog again); the rest of the page is inert then.
 */
import { useEffect } from 'react';
import { useActiveScene } from './activeScene';
import { useA11yStore } from './preferences';
import { focusPanelTabs, focusScene, focusTimeline, stepDay, togglePlayback } from './shortcutActions';
import { globalShortcut, isTypingTarget } from './shortcuts';

function modalOpen(): boolean {
  try {
    return document.querySelector('dialog[open]:modal') !== null;
  } catch {
    // A browser without :modal (before 2022): any open <dialog> counts.
    return document.querySelector('dialog[open]') !== null;
  }
}

/** Held keys repeat only the day steps (as holding Page Up does on the slider); the rest act once per press. */
const REPEATABLE = new Set(['dayBack', 'dayForward']);

export function useGlobalShortcuts(toggleHelp: () => void): void {
  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent) => {
      if (!useA11yStore.getState().singleKeyShortcuts) return;
      const id = globalShortcut({
        key: e.key,
        ctrlKey: e.ctrlKey,
        altKey: e.altKey,
        metaKey: e.metaKey,
        defaultPrevented: e.defaultPrevented,
        typing: isTypingTarget(e.target),
      });
      if (id === null || (e.repeat && !REPEATABLE.has(id))) return;
      if (id !== 'help' && modalOpen()) return;
      const client = useActiveScene.getState().client;
      let handled = true;
      switch (id) {
        case 'help':
          toggleHelp();
          break;
        case 'playPause':
          if (client) togglePlayback(client);
          else handled = false;
          break;
        case 'dayBack':
        case 'dayForward':
          if (client) stepDay(client, id === 'dayBack' ? -1 : 1);
          else handled = false;
          break;
        case 'focusTimeline':
          handled = focusTimeline();
          break;
        case 'focusPanel':
          handled = focusPanelTabs();
          break;
        case 'focusScene':
          handled = focusScene();
          break;
      }
      if (handled) e.preventDefault();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [toggleHelp]);
}
