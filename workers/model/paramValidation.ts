/**
 * Validation of parameter values against the schema (params.ts): typed errors that name the parameter, the bad
 * value and what is allowed; strict text parsing for URL and CLI values; typo suggestions for unknown ids. Shared
 * by every interface (panels, URL, CLI, postMessage, the worker), so a value is judged the same everywhere.
 */
import { DEFAULTS, PARAM_IDS, getParamDef, offeredOptions } from './params';
import type { ParamDef, ParamId, ParamKind, ParamValue, Params } from './params';

export type ParamErrorCode =
  'unknown_id' | 'wrong_type' | 'not_a_number' | 'out_of_range' | 'not_integer' | 'not_an_option' | 'not_modelled';

export interface ParamError {
  readonly code: ParamErrorCode;
  /** The parameter id as given (may be unknown). */
  readonly id: string;
  /** The rejected value as given (the raw text for text sources). */
  readonly value: unknown;
  /** One line naming the parameter, the bad value and what is allowed. */
  readonly message: string;
  /** What is allowed, as {@link formatAllowed} writes it (the list of ids for an unknown id). */
  readonly allowed: string;
}

export type ValidationResult = { ok: true; params: Params } | { ok: false; errors: ParamError[] };
export type ParseResult = { ok: true; value: ParamValue } | { ok: false; error: ParamError };

function unitSuffix(def: ParamDef): string {
  return def.unit === '' ? '' : ` ${def.unit}`;
}

/**
 * What a parameter accepts, in words: '0.25–2.5 mm', 'integers 1–20', 'true or false', 'one of pen, roller, stamp'
 * (an enum lists only the options offered: not those that are not modelled yet).
 */
export function formatAllowed(def: ParamDef): string {
  switch (def.kind) {
    case 'number':
      return `${def.min}–${def.max}${unitSuffix(def)}`;
    case 'integer':
      return `integers ${def.min}–${def.max}${unitSuffix(def)}`;
    case 'boolean':
      return 'true or false';
    case 'enum':
      return `one of ${offeredOptions(def)
        .map((o) => o.value)
        .join(', ')}`;
  }
}

/** A value as it should appear in a message: strings quoted, numbers as written by String(). */
function showValue(value: unknown): string {
  switch (typeof value) {
    case 'string':
      return JSON.stringify(value);
    case 'number':
    case 'boolean':
    case 'undefined':
      return String(value);
    case 'bigint':
      return `${value}n`;
    default:
      if (value === null) return 'null';
      try {
        const text = JSON.stringify(value) ?? typeof value;
        return text.length > 40 ? `${text.slice(0, 37)}...` : text;
      } catch {
        return typeof value;
      }
  }
}

/** The JS type of a rejected value, in words ('a string', 'an array', 'null'). */
function describeType(value: unknown): string {
  if (value === null || value === undefined) return String(value);
  if (Array.isArray(value)) return 'an array';
  const type = typeof value;
  return type === 'object' ? 'an object' : `a ${type}`;
}

const EXPECTED_TYPE: Record<ParamKind, string> = {
  number: 'a number',
  integer: 'an integer',
  boolean: 'true or false',
  enum: 'a string',
};

function makeError(def: ParamDef, code: ParamErrorCode, value: unknown, problem: string): ParamError {
  const allowed = formatAllowed(def);
  return {
    code,
    id: def.id,
    value,
    allowed,
    message: `${def.id} = ${showValue(value)} ${problem}: allowed ${allowed}`,
  };
}

/** Edit distance, for "did you mean" on unknown ids. */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min(previous[j]! + 1, current[j - 1]! + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length]!;
}

/** Largest edit distance at which an unknown id is still treated as a typo of a real one. */
const MAX_TYPO_DISTANCE = 3;

/** The id an unknown one most likely meant (a near typo, or a real id containing it), if any. */
export function suggestParamId(unknownId: string): ParamId | undefined {
  const wanted = unknownId.toLowerCase();
  let best: ParamId | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const id of PARAM_IDS) {
    const distance = editDistance(wanted, id);
    if (distance < bestDistance) {
      best = id;
      bestDistance = distance;
    }
  }
  if (bestDistance <= MAX_TYPO_DISTANCE) return best;
  if (wanted.length >= 3) return PARAM_IDS.find((id) => id.includes(wanted));
  return undefined;
}

function unknownIdError(id: string, value: unknown): ParamError {
  const allowed = PARAM_IDS.join(', ');
  const suggestion = suggestParamId(id);
  const hint = suggestion === undefined ? '' : ` (did you mean ${suggestion}?)`;
  return {
    code: 'unknown_id',
    id,
    value,
    allowed,
    message: `${id} = ${showValue(value)} is not a parameter${hint}: allowed ids ${allowed}`,
  };
}

/**
 * Checks one value against its definition; null when valid. `given` is what the caller supplied (the raw text
 * for text sources), reported in the error.
 */
function checkValue(def: ParamDef, value: unknown, given: unknown = value): ParamError | null {
  switch (def.kind) {
    case 'number':
    case 'integer': {
      if (typeof value !== 'number') {
        return makeError(def, 'wrong_type', given, `is ${describeType(value)}, expected ${EXPECTED_TYPE[def.kind]}`);
      }
      if (!Number.isFinite(value)) return makeError(def, 'not_a_number', given, 'is not a finite number');
      if (def.kind === 'integer' && !Number.isInteger(value)) {
        return makeError(def, 'not_integer', given, 'is not an integer');
      }
      if (value < def.min || value > def.max) return makeError(def, 'out_of_range', given, 'is out of range');
      return null;
    }
    case 'boolean':
      if (typeof value !== 'boolean') {
        return makeError(def, 'wrong_type', given, `is ${describeType(value)}, expected ${EXPECTED_TYPE.boolean}`);
      }
      return null;
    case 'enum': {
      if (typeof value !== 'string') {
        return makeError(def, 'wrong_type', given, `is ${describeType(value)}, expected ${EXPECTED_TYPE.enum}`);
      }
      const option = def.options.find((o) => o.value === value);
      if (!option) return makeError(def, 'not_an_option', given, 'is not an option');
      // Declared but not built: rejected like any bad value, never run as something else under its name.
      if (option.modelled === false) return makeError(def, 'not_modelled', given, 'is not modelled yet');
      return null;
    }
  }
}

/**
 * Merges a partial input over `base` (default: {@link defaultParams}) and checks every given entry. Rejects
 * unknown ids, wrong JS types (e.g. the string '1.5' for a number: use {@link parseParamValue} for text),
 * NaN and ±Infinity, out-of-range values, non-integers for integer parameters, unknown enum values and enum
 * values not modelled yet (e.g. a condition whose starting tissue is not built). Never
 * clamps or coerces; reports every error, in input order.
 */
export function validateParams(input: Readonly<Record<string, unknown>>, base: Params = DEFAULTS): ValidationResult {
  const merged: Record<string, unknown> = { ...base };
  const errors: ParamError[] = [];
  for (const id of Object.keys(input)) {
    const value = input[id];
    const def = getParamDef(id);
    if (def === undefined) {
      errors.push(unknownIdError(id, value));
      continue;
    }
    const error = checkValue(def, value);
    if (error) errors.push(error);
    else merged[id] = value;
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, params: merged as Params };
}

/**
 * A finite decimal number written out in full: optional sign, digits with an optional fraction (or a
 * leading-dot fraction), optional exponent. Rejects '', ' 1', '1.5mm', '0x10', '1_000', 'Infinity', 'NaN'.
 * Exponents are accepted because diffusion coefficients and rates span orders of magnitude, and because
 * String(7.27e-4) is what {@link formatParamValue} writes.
 */
const DECIMAL = /^[+-]?(?:\d+(?:\.\d+)?|\.\d+)(?:[eE][+-]?\d+)?$/;

/** Texts accepted for booleans, exactly. */
const BOOLEAN_TEXT: Readonly<Record<string, boolean>> = { true: true, false: false, '1': true, '0': false };

/**
 * Parses one parameter from text (CLI `--set id=value`, URL query) and checks it as {@link validateParams}
 * would. Numbers: the whole string must be a finite decimal (see {@link DECIMAL}); booleans: exactly 'true',
 * 'false', '1' or '0'; enums: an exact option value. Error values are the raw text.
 */
export function parseParamValue(id: string, text: string): ParseResult {
  const def = getParamDef(id);
  if (def === undefined) return { ok: false, error: unknownIdError(id, text) };
  let value: unknown;
  switch (def.kind) {
    case 'number':
    case 'integer': {
      if (!DECIMAL.test(text)) return { ok: false, error: makeError(def, 'not_a_number', text, 'is not a number') };
      const parsed = Number(text);
      if (!Number.isFinite(parsed)) {
        return { ok: false, error: makeError(def, 'not_a_number', text, 'is not a finite number') };
      }
      value = parsed === 0 ? 0 : parsed; // -0 → 0
      break;
    }
    case 'boolean': {
      if (!Object.hasOwn(BOOLEAN_TEXT, text)) {
        return { ok: false, error: makeError(def, 'wrong_type', text, 'is not a boolean (true, false, 1 or 0)') };
      }
      value = BOOLEAN_TEXT[text]!;
      break;
    }
    case 'enum':
      value = text;
      break;
  }
  const error = checkValue(def, value, text);
  // checkValue has just confirmed that value is of the parameter's type and within its range or options.
  return error ? { ok: false, error } : { ok: true, value: value as ParamValue };
}

/**
 * Parses a set of text entries (a URL query, repeated CLI `--set` flags) and validates them over `base`.
 * Reports every error.
 */
export function parseParamTexts(texts: Readonly<Record<string, string>>, base: Params = DEFAULTS): ValidationResult {
  const values: Record<string, unknown> = {};
  const errors: ParamError[] = [];
  for (const id of Object.keys(texts)) {
    const result = parseParamValue(id, texts[id]!);
    if (result.ok) values[id] = result.value;
    else errors.push(result.error);
  }
  if (errors.length > 0) return { ok: false, errors };
  return validateParams(values, base);
}

/** Writes a value as text that {@link parseParamValue} reads back to the same value. */
export function formatParamValue(value: ParamValue): string {
  return String(value);
}

/** The entries of `params` that differ from `base` (default: the defaults), e.g. for short saved links. */
export function changedParams(params: Params, base: Params = DEFAULTS): Partial<Record<ParamId, ParamValue>> {
  const changed: Partial<Record<ParamId, ParamValue>> = {};
  for (const id of PARAM_IDS) {
    if (!Object.is(params[id], base[id])) changed[id] = params[id];
  }
  return changed;
}
