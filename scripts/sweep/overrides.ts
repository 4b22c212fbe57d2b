/** `--set id=value` flags (repeatable) as valid parameter overrides, shared by the sweep and sensitivity CLIs. */
import type { ParamValue } from '../../workers/model/params';
import { parseParamValue, validateParams } from '../../workers/model/paramValidation';
import type { ParsedFlags } from '../lib/args';
import { UsageError } from '../lib/args';

export function setOverrides(flags: ParsedFlags): Record<string, ParamValue> {
  const base: Record<string, ParamValue> = {};
  for (const assignment of flags.get('set') ?? []) {
    const eq = assignment.indexOf('=');
    if (eq <= 0) throw new UsageError(`--set '${assignment}' must look like id=value (e.g. --set quality=low)`);
    const parsed = parseParamValue(assignment.slice(0, eq), assignment.slice(eq + 1));
    if (!parsed.ok) throw new UsageError(`--set ${parsed.error.message}`);
    base[assignment.slice(0, eq)] = parsed.value;
  }
  const checked = validateParams(base);
  if (!checked.ok) throw new UsageError(`--set ${checked.errors.map((e) => e.message).join('; ')}`);
  return base;
}
