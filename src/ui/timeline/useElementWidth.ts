/**
 * The content width of an element, px, as React state: changes only when the layout does (ResizeObserver), so the
 * axis labels can be chosen to fit — never per animation frame.
 */
import { useEffect, useState } from 'react';
import type { RefObject } from 'react';

export function useElementWidth(ref: RefObject<HTMLElement | null>): number {
  const [width, setWidth] = useState(0);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const observer = new ResizeObserver((entries) => {
      const w = entries[entries.length - 1]?.contentRect.width ?? 0;
      // Whole pixels: sub-pixel jitter while a panel animates should not re-place the labels.
      setWidth(Math.round(w));
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, [ref]);
  return width;
}
