/**
 * A small non-modal dialog under a header button (Share, Display & keyboard): placed fixed under its button and
 * kept inside the viewport (the header wraps on phones, so the button can be anywhere), aligned to the button's
 * end edge (its start edge in right-to-left layouts). Focus moves into it when it opens and back to the button
 * when Escape closes it; a click outside it or focus leaving it closes it too.
 */
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { CSSProperties, FocusEvent, RefObject } from 'react';
import './headerPopover.css';

/** Space kept between the popover and the viewport's edges or the button, px. */
const EDGE_PX = 8;

export function popoverPosition(button: HTMLElement, maxWidthPx: number): CSSProperties {
  const rect = button.getBoundingClientRect();
  const width = Math.min(maxWidthPx, window.innerWidth - 2 * EDGE_PX);
  const rtl = getComputedStyle(button).direction === 'rtl';
  const wanted = rtl ? rect.left : rect.right - width;
  const left = Math.min(Math.max(EDGE_PX, wanted), window.innerWidth - width - EDGE_PX);
  const top = rect.bottom + 4;
  return { left, top, width, maxHeight: window.innerHeight - top - EDGE_PX };
}

export interface HeaderPopover {
  /** Closes it; `returnFocus`: focus goes back to the button (Escape, the close button). */
  close(returnFocus: boolean): void;
  buttonRef: RefObject<HTMLButtonElement | null>;
  popoverRef: RefObject<HTMLDivElement | null>;
  /** The popover's inline style (fixed position and size). */
  position: CSSProperties;
  /** For the popover's onBlur: focus leaving it closes it. */
  onBlur(e: FocusEvent<HTMLDivElement>): void;
}

/**
 * @param onClose the owner's state change when it closes (a stable callback)
 * @param initialFocus selector of the element focused when it opens
 */
export function useHeaderPopover(
  open: boolean,
  onClose: () => void,
  maxWidthPx: number,
  initialFocus: string,
): HeaderPopover {
  const buttonRef = useRef<HTMLButtonElement>(null);
  const popoverRef = useRef<HTMLDivElement>(null);
  const [position, setPosition] = useState<CSSProperties>({});
  const close = useCallback(
    (returnFocus: boolean) => {
      onClose();
      if (returnFocus) buttonRef.current?.focus();
    },
    [onClose],
  );

  useLayoutEffect(() => {
    if (!open) return;
    const place = () => {
      if (buttonRef.current) setPosition(popoverPosition(buttonRef.current, maxWidthPx));
    };
    place();
    window.addEventListener('resize', place);
    return () => window.removeEventListener('resize', place);
  }, [open, maxWidthPx]);

  useEffect(() => {
    if (!open) return;
    popoverRef.current?.querySelector<HTMLElement>(initialFocus)?.focus();
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') {
        e.preventDefault();
        close(true);
      }
    };
    const onPointer = (e: PointerEvent) => {
      const target = e.target as Node;
      if (!popoverRef.current?.contains(target) && !buttonRef.current?.contains(target)) close(false);
    };
    document.addEventListener('keydown', onKey);
    document.addEventListener('pointerdown', onPointer);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('pointerdown', onPointer);
    };
  }, [open, close, initialFocus]);

  const onBlur = (e: FocusEvent<HTMLDivElement>) => {
    const next = e.relatedTarget as Node | null;
    if (next && !popoverRef.current?.contains(next) && next !== buttonRef.current) close(false);
  };
  return { close, buttonRef, popoverRef, position, onBlur };
}
