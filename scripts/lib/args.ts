/**
 * Strict command-line parsing for the Node CLIs. Bad flags or values throw a UsageError whose message is one
 * line naming the flag and what is allowed; the CLIs print it and exit with code 2.
 */

export class UsageError extends Error {
  override name = 'UsageError';
}

export interface FlagSpec {
  /** Takes a value (`--days 7` or `--days=7`), or is a boolean switch. */
  takesValue: boolean;
  /** May be given more than once (values collect in order). */
  repeatable?: boolean;
}

export type ParsedFlags = Map<string, string[]>;

export function parseFlags(argv: readonly string[], specs: Record<string, FlagSpec>): ParsedFlags {
  const out: ParsedFlags = new Map();
  const known = Object.keys(specs)
    .map((k) => `--${k}`)
    .join(', ');
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (!arg.startsWith('--')) throw new UsageError(`unexpected argument '${arg}': allowed flags are ${known}`);
    const eq = arg.indexOf('=');
    const name = arg.slice(2, eq < 0 ? undefined : eq);
    const spec = specs[name];
    if (!spec) throw new UsageError(`unknown flag --${name}: allowed flags are ${known}`);
    let value = 'true';
    if (spec.takesValue) {
      if (eq >= 0) value = arg.slice(eq + 1);
      else {
        const next = argv[i + 1];
        if (next === undefined || next.startsWith('--')) throw new UsageError(`--${name} needs a value`);
        value = next;
        i++;
      }
    } else if (eq >= 0) {
      throw new UsageError(`--${name} takes no value`);
    }
    const list = out.get(name) ?? [];
    if (list.length > 0 && !spec.repeatable) throw new UsageError(`--${name} was given more than once`);
    list.push(value);
    out.set(name, list);
  }
  return out;
}

/** A strict decimal number (the whole text), within [min, max], optionally an integer. */
export function numberFlag(
  flags: ParsedFlags,
  name: string,
  fallback: number,
  range: { min: number; max: number; integer?: boolean },
): number {
  const text = flags.get(name)?.[0];
  if (text === undefined) return fallback;
  const allowed = `${range.integer ? 'an integer' : 'a number'} in ${range.min}–${range.max}`;
  if (!/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(text.trim()) || text.trim() !== text) {
    throw new UsageError(`--${name} '${text}' is not a number: allowed ${allowed}`);
  }
  const v = Number(text);
  if (!Number.isFinite(v) || v < range.min || v > range.max || (range.integer && !Number.isInteger(v))) {
    throw new UsageError(`--${name} ${text} is out of range: allowed ${allowed}`);
  }
  return v;
}

/** Runs a CLI main, turning UsageError into exit code 2 with a one-line message. */
export async function runCli(main: () => Promise<void> | void): Promise<void> {
  try {
    await main();
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`error: ${error.message}\n`);
      process.exit(2);
    }
    throw error;
  }
}
