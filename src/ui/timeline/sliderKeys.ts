/**
 * Keyboard on the time slider (WAI-ARIA slider pattern): ←/↓ and →/↑ step by the scale's local resolution (an hour
 * early on, days later), Page Up / Page Down by a day (with Shift: a week), Home / End to the axis ends. Pure: the
 * key and the shown time in, the time to seek to out (null: not a slider key).
 *
 * Right-to-left languages: the time axis stays left to right (its track is dir="ltr", TimeScrubber.tsx), so the
 * arrows keep their meaning there too — ArrowRight is later, ArrowLeft earlier — matching where the thumb moves.
 */
import { arrowTarget } from './timeScale';
import type { TimeScale } from './timeScale';

/** Page Up / Page Down step, h. */
export const PAGE_STEP_H = 24;
/** Shift + Page Up / Page Down step, h. */
export const BIG_PAGE_STEP_H = 7 * 24;

export interface SliderKey {
  key: string;
  shiftKey: boolean;
}

export function sliderKeyTarget(event: SliderKey, hours: number, scale: TimeScale): number | null {
  const clamp = (h: number) => Math.min(scale.endH, Math.max(0, h));
  const page = event.shiftKey ? BIG_PAGE_STEP_H : PAGE_STEP_H;
  switch (event.key) {
    case 'ArrowRight':
      return arrowTarget(scale, hours, 1);
    case 'ArrowLeft':
      return arrowTarget(scale, hours, -1);
    case 'ArrowUp':
      return arrowTarget(scale, hours, 1);
    case 'ArrowDown':
      return arrowTarget(scale, hours, -1);
    case 'PageUp':
      return clamp(hours + page);
    case 'PageDown':
      return clamp(hours - page);
    case 'Home':
      return 0;
    case 'End':
      return scale.endH;
    default:
      return null;
  }
}
