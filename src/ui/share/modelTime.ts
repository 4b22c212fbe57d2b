/** Model time in words for links, image footers and file names: hours with days and hours beside them. */

/** "52 h (2 d 4 h)", "6.5 h"; one decimal, as share links round t. */
export function formatModelTime(timeH: number): string {
  const hours = Math.round(Math.max(0, timeH) * 10) / 10;
  if (hours < 24) return `${hours} h`;
  const days = Math.floor(hours / 24);
  const rest = Math.round((hours - days * 24) * 10) / 10;
  return `${hours} h (${days} d ${rest} h)`;
}
