/**
 * The page-wide single-key shortcuts (pure: which key does what). They act only when focus is not in a text
 * field, list box or other form field (typing must never trigger them), never with Ctrl, Alt or Meta (those
 * belong to the browser and assistive technology), and only while the user has them on (WCAG 2.1.4 Character Key
 * Shortcuts: the menu turns them off). Keys that act only while a control has focus (the timeline's K and slider
 * keys, the 3D view's arrows and digits) are that control's, not listed here.
 */

export type ShortcutId =
  'help' | 'playPause' | 'dayBack' | 'dayForward' | 'focusTimeline' | 'focusPanel' | 'focusScene';

/** Key (as KeyboardEvent.key, lower case for letters) → shortcut, in the order the help dialog lists them. */
export const GLOBAL_SHORTCUTS: readonly { key: string; id: ShortcutId }[] = [
  { key: '?', id: 'help' },
  { key: 'k', id: 'playPause' },
  { key: 'j', id: 'dayBack' },
  { key: 'l', id: 'dayForward' },
  { key: 't', id: 'focusTimeline' },
  { key: 'p', id: 'focusPanel' },
  { key: 'v', id: 'focusScene' },
];

export interface ShortcutKeyEvent {
  key: string;
  ctrlKey: boolean;
  altKey: boolean;
  metaKey: boolean;
  /** Already handled by the focused control (e.g. the timeline's own K). */
  defaultPrevented: boolean;
  /** Focus is in a field that takes typed characters (isTypingTarget). */
  typing: boolean;
}

export function globalShortcut(e: ShortcutKeyEvent): ShortcutId | null {
  if (e.ctrlKey || e.altKey || e.metaKey || e.defaultPrevented || e.typing) return null;
  // Shift is allowed: '?' needs it on most layouts, and Caps Lock / Shift+K should still play.
  const key = e.key.length === 1 ? e.key.toLowerCase() : e.key;
  return GLOBAL_SHORTCUTS.find((s) => s.key === key)?.id ?? null;
}

/** Form fields and editable text: keys typed there are input, never shortcuts. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (typeof HTMLElement === 'undefined' || !(target instanceof HTMLElement)) return false;
  return (
    target.isContentEditable ||
    target instanceof HTMLInputElement ||
    target instanceof HTMLSelectElement ||
    target instanceof HTMLTextAreaElement
  );
}
