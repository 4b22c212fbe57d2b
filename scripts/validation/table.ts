/** The terminal pass/fail table: fixed-width columns with word wrap, then a summary line. */
import type { TargetResult } from './artifact';
import { TARGET_BASES } from './check';

/** Column widths in characters: the table fits a 150-column terminal. */
const COLUMNS = [
  { header: 'id', width: 4 },
  { header: 'target', width: 38 },
  { header: 'measured', width: 48 },
  { header: 'expected', width: 40 },
  { header: 'basis', width: 10 },
  { header: 'result', width: 6 },
] as const;

/** Splits text into lines of at most `width` characters, breaking at spaces (long words are cut). */
export function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    for (let rest = word; rest.length > 0;) {
      const candidate = line ? `${line} ${rest}` : rest;
      if (candidate.length <= width) {
        line = candidate;
        rest = '';
      } else if (line) {
        lines.push(line);
        line = '';
      } else {
        lines.push(rest.slice(0, width));
        rest = rest.slice(width);
      }
    }
  }
  if (line || lines.length === 0) lines.push(line);
  return lines;
}

function row(cells: readonly string[]): string[] {
  const wrapped = cells.map((cell, c) => wrap(cell, COLUMNS[c]!.width));
  const height = Math.max(...wrapped.map((lines) => lines.length));
  return Array.from({ length: height }, (_, i) =>
    wrapped
      .map((lines, c) => (lines[i] ?? '').padEnd(COLUMNS[c]!.width))
      .join('  ')
      .trimEnd(),
  );
}

export function formatResultsTable(results: readonly TargetResult[]): string {
  const totalWidth = COLUMNS.reduce((sum, c) => sum + c.width, 0) + 2 * (COLUMNS.length - 1);
  const lines = [...row(COLUMNS.map((c) => c.header)), '-'.repeat(totalWidth)];
  for (const r of results) {
    lines.push(...row([r.id, r.title, r.measured, r.expected, r.basis.kind, r.pass ? 'PASS' : 'FAIL']));
    if (r.detail) lines.push(...wrap(`↳ ${r.detail}`, totalWidth - 6).map((l) => `      ${l}`));
  }
  const passed = results.filter((r) => r.pass).length;
  lines.push('', `${passed} of ${results.length} targets pass; ${basisSummary(results)}`);
  return lines.join('\n');
}

/** "12 emergent, 6 calibrated, 2 prescribed": how many targets are validation and how many restate a rule. */
export function basisSummary(results: readonly Pick<TargetResult, 'basis'>[]): string {
  return TARGET_BASES.map((kind) => `${results.filter((r) => r.basis.kind === kind).length} ${kind}`).join(', ');
}
