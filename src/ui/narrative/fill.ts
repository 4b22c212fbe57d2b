/**
 * Fills {name} placeholders in a message template. The panels keep whole sentences as templates (not concatenated
 * fragments) so a later issue can move them to locale files; a missing value leaves its placeholder visible, which
 * the unit tests look for.
 */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));
}
