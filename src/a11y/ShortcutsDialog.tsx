/**
 * The keyboard shortcuts, listed in a modal dialog (native <dialog>: the page behind is inert, Escape closes it,
 * focus stays inside). Opened from the accessibility menu or with '?'; on closing, focus goes back to where it was
 * (or to the menu button when that element is gone). One table per place the keys work.
 */
import { useEffect, useId, useRef } from 'react';
import type { RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { useA11yStore } from './preferences';
import { GLOBAL_SHORTCUTS } from './shortcuts';

/** Rows of the tables after the page-wide one: locale keys under shortcuts.<section>.<row>.keys / .action. */
const SECTIONS: readonly { id: string; rows: readonly string[] }[] = [
  { id: 'timeline', rows: ['playButton', 'k', 'arrows', 'page', 'shiftPage', 'homeEnd'] },
  { id: 'scene', rows: ['arrows', 'shiftArrows', 'zoom', 'presets', 'reset'] },
  { id: 'panels', rows: ['tab', 'tabArrows', 'tabHomeEnd', 'escape'] },
];

function ShortcutTable({ caption, rows }: { caption: string; rows: readonly { keys: string; action: string }[] }) {
  const { t } = useTranslation('a11y');
  return (
    <table className="a11y-keys">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('shortcuts.keyColumn')}</th>
          <th scope="col">{t('shortcuts.actionColumn')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.keys}>
            <td>
              <kbd>{r.keys}</kbd>
            </td>
            <td>{r.action}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function ShortcutsDialog(props: {
  open: boolean;
  onClose(): void;
  fallbackFocus: RefObject<HTMLElement | null>;
}) {
  const { open, onClose, fallbackFocus } = props;
  const { t } = useTranslation('a11y');
  const singleKey = useA11yStore((s) => s.singleKeyShortcuts);
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  /** Where focus was when the dialog opened: it goes back there. */
  const returnTo = useRef<HTMLElement | null>(null);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      returnTo.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      dialog.showModal();
    } else if (!open && dialog.open) {
      dialog.close();
    }
  }, [open]);

  const onDialogClose = () => {
    onClose();
    const back = returnTo.current?.isConnected ? returnTo.current : fallbackFocus.current;
    returnTo.current = null;
    // After the browser's own focus restoration, so ours wins.
    requestAnimationFrame(() => back?.focus());
  };

  const global = GLOBAL_SHORTCUTS.map((s) => ({ keys: s.key.toUpperCase(), action: t(`shortcuts.global.${s.id}`) }));
  return (
    <dialog
      ref={ref}
      className="a11y-shortcuts floating-surface"
      aria-labelledby={titleId}
      onClose={onDialogClose}
      // A click on the backdrop lands on the dialog element itself (its content fills it edge to edge).
      onClick={(e) => {
        if (e.target === e.currentTarget) ref.current?.close();
      }}
    >
      <div className="a11y-shortcuts-inner">
        <div className="header-popover-head">
          <h2 id={titleId}>{t('shortcuts.title')}</h2>
          <button
            type="button"
            className="a11y-close"
            onClick={() => ref.current?.close()}
            aria-label={t('menu.close')}
          >
            ×
          </button>
        </div>
        {open && (
          <div className="a11y-shortcuts-body">
            <ShortcutTable caption={t('shortcuts.global.caption')} rows={global} />
            <p className="a11y-hint">{singleKey ? t('shortcuts.global.noteOn') : t('shortcuts.global.noteOff')}</p>
            {SECTIONS.map((section) => (
              <ShortcutTable
                key={section.id}
                caption={t(`shortcuts.${section.id}.caption`)}
                rows={section.rows.map((row) => ({
                  keys: t(`shortcuts.${section.id}.${row}.keys`),
                  action: t(`shortcuts.${section.id}.${row}.action`),
                }))}
              />
            ))}
          </div>
        )}
      </div>
    </dialog>
  );
}
