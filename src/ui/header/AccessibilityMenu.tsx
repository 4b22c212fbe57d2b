/**
 * "Display & keyboard", in the header: a button opening a small non-modal dialog with Reduced motion (Auto (device)
 * / On / Off), Contrast (Auto (device) / Standard / High), Single-key shortcuts (on / off, WCAG 2.1.4) and
 * "Keyboard shortcuts…" (the modal shortcuts dialog, also opened with '?'). Focus moves into the dialog when it
 * opens and back to the button when Escape closes it; a click outside or focus leaving it closes it too. Every
 * change applies at once and is remembered on this device (preferences.ts). Also mounts the page-wide shortcuts.
 */
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ChoiceGroup } from '../../a11y/ChoiceGroup';
import { useHeaderPopover } from '../headerPopover';
import { HeaderPopoverFrame } from '../HeaderPopoverFrame';
import {
  CONTRAST_CHOICES,
  MOTION_CHOICES,
  resolveHighContrast,
  resolveReducedMotion,
  useA11yStore,
} from '../../a11y/preferences';
import { ShortcutsDialog } from '../../a11y/ShortcutsDialog';
import { useGlobalShortcuts } from '../../a11y/useGlobalShortcuts';
import '../../a11y/a11y.css';
import '../../a11y/contrast.css';

/** Widest the menu gets, px (narrower screens: the viewport less a margin each side). */
const MENU_MAX_WIDTH_PX = 320;

export function AccessibilityMenu() {
  const { t } = useTranslation('a11y');
  const [open, setOpen] = useState(false);
  const [helpOpen, setHelpOpen] = useState(false);
  const prefs = useA11yStore();
  const reduced = resolveReducedMotion(prefs.motion, prefs.device);
  const high = resolveHighContrast(prefs.contrast, prefs.device);

  const onClose = useCallback(() => setOpen(false), []);
  const toggleHelp = useCallback(() => setHelpOpen((o) => !o), []);
  useGlobalShortcuts(toggleHelp);

  const popover = useHeaderPopover(open, onClose, MENU_MAX_WIDTH_PX, 'input:checked, input');

  return (
    <>
      <HeaderPopoverFrame
        {...popover}
        open={open}
        onOpen={() => setOpen(true)}
        prefix="a11y"
        buttonLabel={t('menu.button')}
        title={t('menu.dialog')}
        closeLabel={t('menu.close')}
      >
        <ChoiceGroup
          legend={t('motion.legend')}
          choices={MOTION_CHOICES.map((c) => ({ value: c, label: t(`motion.${c}`) }))}
          value={prefs.motion}
          onChange={prefs.setMotion}
          hint={reduced ? t('motion.nowReduced') : t('motion.nowFull')}
        />
        <ChoiceGroup
          legend={t('contrast.legend')}
          choices={CONTRAST_CHOICES.map((c) => ({ value: c, label: t(`contrast.${c}`) }))}
          value={prefs.contrast}
          onChange={prefs.setContrast}
          hint={high ? t('contrast.nowHigh') : t('contrast.nowNormal')}
        />
        <label className="a11y-check">
          <input
            type="checkbox"
            checked={prefs.singleKeyShortcuts}
            onChange={(e) => prefs.setSingleKeyShortcuts(e.currentTarget.checked)}
          />
          <span>{t('singleKey.label')}</span>
        </label>
        <p className="a11y-hint">{t('singleKey.hint')}</p>
        <button
          type="button"
          className="a11y-action"
          aria-haspopup="dialog"
          onClick={() => {
            popover.close(false);
            setHelpOpen(true);
          }}
        >
          {t('menu.shortcuts')}
        </button>
      </HeaderPopoverFrame>
      <ShortcutsDialog open={helpOpen} onClose={() => setHelpOpen(false)} fallbackFocus={popover.buttonRef} />
    </>
  );
}
