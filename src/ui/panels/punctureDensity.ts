/** Needle density shown above the device's density controls: the engine's own arithmetic (needleDensity.ts). */
import { numberLocale } from '../../i18n';

export { puncturesPerCm2PerPass } from '../../../workers/protocol';

/**
 * A density as people read it: two significant figures (the inputs are typical values, not measurements of one
 * device), thousands grouped as the locale groups them ("3,000", "15", "0.8"; Spanish "3000", "0,8").
 */
export function formatDensity(perCm2: number): string {
  const rounded = Number(perCm2.toPrecision(2));
  return new Intl.NumberFormat(numberLocale(), { maximumSignificantDigits: 2 }).format(rounded);
}
