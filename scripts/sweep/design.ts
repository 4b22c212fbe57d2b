/**
 * Sweep design files: what to run, one row per simulation.
 *
 * - CSV: a header row naming `seed` (required) and parameter ids (workers/model/params.ts), optionally `days`,
 *   `id` and `untreated`; then one row per run. An empty cell leaves that parameter at the base value. Blank lines
 *   and lines starting with `#` are skipped. Fields may be double-quoted ("" inside quotes is a quote).
 * - JSONL: one JSON object per line, `{ "seed": 1, "days": 42, "id": "a", "changes": { "needle_length_mm": 0.5 } }`,
 *   or flat (`{ "seed": 1, "needle_length_mm": 0.5 }`). Numbers may be given as JSON numbers or as text.
 * - `untreated` (true, false, 1 or 0; empty or absent: false): the row is the untreated control of its scenario,
 *   the same block, condition and seed never needled (as the untreated side of a split-face trial).
 *
 * Every value is checked against the parameter schema (paramValidation.ts). A bad row is reported with its line
 * and column and the whole design is rejected: a row is never silently dropped.
 */
import type { ParamValue } from '../../workers/model/params';
import { getParamDef } from '../../workers/model/params';
import { parseParamValue, validateParams } from '../../workers/model/paramValidation';

/** Longest run a design row may ask for: 12 sessions 90 days apart plus a year of follow-up fits. */
export const MAX_DAYS = 2000;
export const MAX_SEED = 4294967295;

export interface SweepRow {
  /** 0-based position among the design's rows (shards select on it). */
  readonly index: number;
  /** The row's id (the `id` column, else its index as text). */
  readonly id: string;
  readonly seed: number;
  readonly days: number;
  /** Parameter overrides of this row, by id (validated). */
  readonly changes: Readonly<Record<string, ParamValue>>;
  /** The untreated control: never needled (absent: treated). */
  readonly untreated?: true;
}

/** Design columns that are not parameters. */
const ROW_COLUMNS = ['seed', 'days', 'id', 'untreated'] as const;
const isRowColumn = (column: string) => (ROW_COLUMNS as readonly string[]).includes(column);

/** Texts and JSON values accepted for `untreated`, exactly (the CLI's boolean spellings). */
const UNTREATED_VALUES: ReadonlyMap<unknown, boolean> = new Map<unknown, boolean>([
  [true, true],
  [false, false],
  ['true', true],
  ['false', false],
  ['1', true],
  ['0', false],
]);

export interface DesignProblem {
  /** 1-based line of the design file (0 for the file as a whole). */
  readonly line: number;
  /** The column (CSV header name or JSON key), when one is to blame. */
  readonly column?: string;
  readonly message: string;
}

export type DesignFormat = 'csv' | 'jsonl';

export interface Design {
  readonly rows: readonly SweepRow[];
  readonly problems: readonly DesignProblem[];
}

/** The format a design file's name implies, or undefined. */
export function designFormat(path: string): DesignFormat | undefined {
  const lower = path.toLowerCase();
  if (lower.endsWith('.csv')) return 'csv';
  if (lower.endsWith('.jsonl') || lower.endsWith('.ndjson')) return 'jsonl';
  return undefined;
}

/** One problem as a line for the terminal: `design.csv line 4, column needle_length_mm: …`. */
export function formatProblem(file: string, problem: DesignProblem): string {
  const where = problem.line > 0 ? ` line ${problem.line}` : '';
  const column = problem.column === undefined ? '' : `, column ${problem.column}`;
  return `${file}${where}${column}: ${problem.message}`;
}

export function parseDesign(text: string, format: DesignFormat, defaultDays: number): Design {
  const raw = format === 'csv' ? csvRows(text) : jsonlRows(text);
  const problems: DesignProblem[] = [...raw.problems];
  const rows: SweepRow[] = [];
  const seen = new Map<string, number>();
  for (const entry of raw.rows) {
    const row = checkRow(entry, rows.length, defaultDays, problems);
    if (!row) continue;
    const key = `${row.id}#${row.seed}${row.untreated ? '#untreated' : ''}`;
    const first = seen.get(key);
    if (first !== undefined) {
      problems.push({
        line: entry.line,
        column: 'id',
        message: `id '${row.id}' with seed ${row.seed} repeats line ${first}`,
      });
      continue;
    }
    seen.set(key, entry.line);
    rows.push(row);
  }
  if (rows.length === 0 && problems.length === 0) problems.push({ line: 0, message: 'the design has no rows' });
  return { rows, problems: problems.sort((a, b) => a.line - b.line) };
}

/** A row as read, before checking: its line and its cells by column. Text cells come from CSV. */
interface RawRow {
  line: number;
  cells: Record<string, unknown>;
  changes?: Record<string, unknown>;
}

function checkRow(entry: RawRow, index: number, defaultDays: number, problems: DesignProblem[]): SweepRow | undefined {
  const before = problems.length;
  const { line, cells } = entry;
  const seed = wholeNumber(cells.seed, 'seed', line, { min: 0, max: MAX_SEED, integer: true }, problems);
  const days =
    cells.days === undefined || cells.days === ''
      ? defaultDays
      : wholeNumber(cells.days, 'days', line, { min: 0, max: MAX_DAYS, integer: false }, problems);
  let id = String(index);
  if (cells.id !== undefined && cells.id !== '') {
    if (typeof cells.id !== 'string' && typeof cells.id !== 'number') {
      problems.push({ line, column: 'id', message: `id must be text or a number, got ${JSON.stringify(cells.id)}` });
    } else id = String(cells.id);
  }
  let untreated = false;
  if (cells.untreated !== undefined && cells.untreated !== '') {
    const value = UNTREATED_VALUES.get(cells.untreated);
    if (value === undefined) {
      problems.push({
        line,
        column: 'untreated',
        message: `untreated = ${JSON.stringify(cells.untreated)} is not allowed: allowed true, false, 1 or 0`,
      });
    } else untreated = value;
  }
  const given: Record<string, unknown> = { ...(entry.changes ?? {}) };
  for (const [column, value] of Object.entries(cells)) {
    if (!isRowColumn(column) && value !== '') given[column] = value;
  }
  const changes: Record<string, ParamValue> = {};
  for (const [column, value] of Object.entries(given)) {
    const def = getParamDef(column);
    // Text is parsed as the CLI parses `--set` values; typed JSON values are checked as they are.
    if (typeof value === 'string' && def?.kind !== 'enum') {
      const parsed = parseParamValue(column, value);
      if (parsed.ok) changes[column] = parsed.value;
      else problems.push({ line, column, message: parsed.error.message });
      continue;
    }
    const checked = validateParams({ [column]: value });
    if (checked.ok) changes[column] = value as ParamValue;
    else problems.push(...checked.errors.map((e) => ({ line, column, message: e.message })));
  }
  if (problems.length > before || seed === undefined || days === undefined) return undefined;
  return untreated ? { index, id, seed, days, changes, untreated: true } : { index, id, seed, days, changes };
}

function wholeNumber(
  value: unknown,
  column: string,
  line: number,
  range: { min: number; max: number; integer: boolean },
  problems: DesignProblem[],
): number | undefined {
  const allowed = `${range.integer ? 'an integer' : 'a number'} in ${range.min}–${range.max}`;
  if (value === undefined || value === '') {
    problems.push({ line, column, message: `${column} is missing: allowed ${allowed}` });
    return undefined;
  }
  const number =
    typeof value === 'string' && /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(value) ? Number(value) : value;
  if (
    typeof number !== 'number' ||
    !Number.isFinite(number) ||
    number < range.min ||
    number > range.max ||
    (range.integer && !Number.isInteger(number))
  ) {
    problems.push({ line, column, message: `${column} = ${JSON.stringify(value)} is not allowed: allowed ${allowed}` });
    return undefined;
  }
  return number;
}

function csvRows(text: string): { rows: RawRow[]; problems: DesignProblem[] } {
  const problems: DesignProblem[] = [];
  const rows: RawRow[] = [];
  let header: string[] | undefined;
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const lineText = lines[i]!;
    const line = i + 1;
    if (lineText.trim() === '' || lineText.trimStart().startsWith('#')) continue;
    const fields = splitCsvLine(lineText);
    if (!fields) {
      problems.push({ line, message: 'unbalanced double quote' });
      continue;
    }
    if (!header) {
      header = fields;
      checkHeader(header, line, problems);
      continue;
    }
    if (fields.length !== header.length) {
      problems.push({
        line,
        message: `${fields.length} fields, but the header (line ${headerLine(lines)}) has ${header.length}`,
      });
      continue;
    }
    const cells: Record<string, unknown> = {};
    header.forEach((column, c) => (cells[column] = fields[c]!));
    rows.push({ line, cells });
  }
  if (!header) problems.push({ line: 0, message: 'no header row (expected seed and parameter ids)' });
  // An unusable header makes every row wrong for the same reason: report it once.
  return problems.some((p) => p.column !== undefined && p.line === headerLine(lines))
    ? { rows: [], problems }
    : { rows, problems };
}

function headerLine(lines: readonly string[]): number {
  return lines.findIndex((l) => l.trim() !== '' && !l.trimStart().startsWith('#')) + 1;
}

function checkHeader(header: readonly string[], line: number, problems: DesignProblem[]): void {
  if (!header.includes('seed')) problems.push({ line, column: 'seed', message: 'the header has no seed column' });
  const seen = new Set<string>();
  for (const column of header) {
    if (seen.has(column)) problems.push({ line, column, message: `column ${column} appears twice` });
    seen.add(column);
    if (isRowColumn(column) || getParamDef(column)) continue;
    const parsed = parseParamValue(column, '');
    problems.push({
      line,
      column,
      message: parsed.ok ? `unknown column ${column}` : parsed.error.message.replace(/: allowed ids .*$/, ''),
    });
  }
}

/** Splits one CSV line; undefined when a quote is not closed. */
function splitCsvLine(text: string): string[] | undefined {
  const fields: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      fields.push(field.trim());
      field = '';
    } else field += ch;
  }
  if (quoted) return undefined;
  fields.push(field.trim());
  return fields;
}

function jsonlRows(text: string): { rows: RawRow[]; problems: DesignProblem[] } {
  const problems: DesignProblem[] = [];
  const rows: RawRow[] = [];
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const lineText = lines[i]!.trim();
    const line = i + 1;
    if (lineText === '' || lineText.startsWith('#')) continue;
    let value: unknown;
    try {
      value = JSON.parse(lineText);
    } catch (error) {
      problems.push({ line, message: `not valid JSON (${(error as Error).message})` });
      continue;
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      problems.push({ line, message: 'each line must be a JSON object' });
      continue;
    }
    const { changes, ...cells } = value as Record<string, unknown>;
    if (changes !== undefined && (typeof changes !== 'object' || changes === null || Array.isArray(changes))) {
      problems.push({ line, column: 'changes', message: 'changes must be an object of parameter id → value' });
      continue;
    }
    rows.push({ line, cells, changes: changes as Record<string, unknown> | undefined });
  }
  return { rows, problems };
}

/** Writes rows as a JSONL design (the generators for protocols and sensitivity use it). */
export function designJsonl(rows: readonly Omit<SweepRow, 'index'>[]): string {
  return (
    rows
      .map((r) =>
        JSON.stringify({
          id: r.id,
          seed: r.seed,
          days: r.days,
          ...(r.untreated ? { untreated: true } : {}),
          changes: r.changes,
        }),
      )
      .join('\n') + '\n'
  );
}
