/** Model time in words for the image footer and the author panel: hours, with days and hours beside them. */
import { t } from '../../i18n';
import { formatUngrouped } from '../charts/chartStrings';

/** "52 h (2 d 4 h)", "6.5 h" ("6,5 h" in Spanish); one decimal, as share links round t. In the active language. */
export function formatModelTime(timeH: number): string {
  const hours = Math.round(Math.max(0, timeH) * 10) / 10;
  if (hours < 24) return t('share:modelTime.hours', { hours: formatUngrouped(hours, 1) });
  const days = Math.floor(hours / 24);
  const rest = Math.round((hours - days * 24) * 10) / 10;
  return t('share:modelTime.days', {
    hours: formatUngrouped(hours, 1),
    days: formatUngrouped(days),
    rest: formatUngrouped(rest, 1),
  });
}
