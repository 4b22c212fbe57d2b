/**
 * The URL options table of docs/embedding.md, generated from APP_OPTIONS (src/scenario/shareState.ts), the one
 * declaration of the app's URL options: scripts/embedding-docs.ts writes it between the markers, and
 * test/unit/embedDocs.test.ts fails when the doc no longer matches the declaration. Pure: no DOM, no files.
 */
import { APP_OPTIONS } from '../scenario/shareState';
import type { AppOptions } from '../scenario/shareState';

export const TABLE_START =
  '<!-- options-table:start — generated from APP_OPTIONS by `npx tsx scripts/embedding-docs.ts`; do not edit -->';
export const TABLE_END = '<!-- options-table:end -->';

/** Markdown table cell text: pipes and angle brackets escaped (`b.<id>` is not an HTML tag), no line breaks. */
function cell(text: string): string {
  return text.replaceAll('|', '\\|').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replace(/\s+/g, ' ').trim();
}

function defaultText(key: keyof AppOptions): string {
  const def = APP_OPTIONS[key] as { fallback: unknown; write?: (value: unknown) => string };
  if (def.fallback === null) return '—';
  const text = def.write ? def.write(def.fallback) : String(def.fallback);
  return text === '' ? '—' : `\`${text}\``;
}

/** One row per option, in declaration order, then the model parameters (documented with the schema). */
export function optionsTable(): string {
  const rows = ['| option | default | in share links | what it sets |', '| --- | --- | --- | --- |'];
  for (const key of Object.keys(APP_OPTIONS) as (keyof AppOptions)[]) {
    const def = APP_OPTIONS[key];
    const shared = def.share === false ? 'no (embedding / device)' : 'yes';
    rows.push(`| \`${key}\` | ${defaultText(key)} | ${shared} | ${cell(def.doc)} |`);
  }
  rows.push(
    '| `<parameter id>` | the preset’s value | yes | any model parameter by its schema id, e.g. `needle_length_mm=1` (units, ranges and sources: [docs/model.md](model.md) and the app’s Evidence tab) |',
    '| `b.<parameter id>` | side A’s value | yes | a parameter of comparison side B (with `compare=custom`) |',
  );
  return rows.join('\n');
}

/** The doc with the table between the markers replaced by the generated one. Throws when a marker is missing. */
export function withOptionsTable(doc: string): string {
  const start = doc.indexOf(TABLE_START);
  const end = doc.indexOf(TABLE_END);
  if (start < 0 || end < start) throw new Error(`docs/embedding.md needs the markers ${TABLE_START} … ${TABLE_END}`);
  return `${doc.slice(0, start + TABLE_START.length)}\n\n${optionsTable()}\n\n${doc.slice(end)}`;
}
