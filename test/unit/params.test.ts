import { describe, expect, expectTypeOf, it } from 'vitest';
import type { ParamDef, Params } from '../../workers/model/params';
import type { ParamError } from '../../workers/model/paramValidation';
import {
  EVIDENCE_LEVELS,
  PARAM_BY_ID,
  PARAM_GROUPS,
  PARAM_IDS,
  PARAM_SCHEMA,
  defaultParams,
  getParamDef,
  isParamId,
} from '../../workers/model/params';
import {
  changedParams,
  formatAllowed,
  formatParamValue,
  parseParamTexts,
  parseParamValue,
  validateParams,
} from '../../workers/model/paramValidation';
import { PRESETS, PRESET_BY_ID, PRESET_IDS, resolvePreset } from '../../workers/model/presets';

const SCHEMA: readonly ParamDef[] = PARAM_SCHEMA;

/** Runs validateParams and returns its single error (fails the test otherwise). */
function singleError(input: Record<string, unknown>): ParamError {
  const result = validateParams(input);
  expect(result.ok).toBe(false);
  if (result.ok) throw new Error('expected a validation error');
  expect(result.errors).toHaveLength(1);
  return result.errors[0]!;
}

function parseError(id: string, text: string): ParamError {
  const result = parseParamValue(id, text);
  expect(result.ok, `${id}=${JSON.stringify(text)} should be rejected`).toBe(false);
  if (result.ok) throw new Error('expected a parse error');
  return result.error;
}

describe('parameter schema', () => {
  it('has unique snake_case ids and a sensible size', () => {
    const ids = SCHEMA.map((def) => def.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z][a-z0-9]*(_[a-z0-9]+)*$/);
    expect(ids.length).toBeGreaterThanOrEqual(50);
    expect(ids.length).toBeLessThanOrEqual(150);
    expect(PARAM_IDS).toEqual(ids);
    for (const id of ids) expect(PARAM_BY_ID[id as keyof typeof PARAM_BY_ID].id).toBe(id);
  });

  it.each(SCHEMA.map((def) => [def.id, def] as const))('%s is well formed', (_id, def) => {
    expect(def.label.trim()).not.toBe('');
    expect(def.description.trim().length).toBeGreaterThan(20);
    expect(def.source.trim().length).toBeGreaterThan(10);
    expect(typeof def.unit).toBe('string');
    expect(def.unit).toBe(def.unit.trim());
    expect(EVIDENCE_LEVELS).toContain(def.evidence);
    expect(PARAM_GROUPS).toContain(def.group);
    // An 'assumed' value says so in its source, so the evidence panel never shows an unexplained guess.
    if (def.evidence === 'assumed') expect(def.source).toMatch(/assumed/);
    if (def.evidence === 'derived') expect(def.source).toMatch(/derived/);
    if (def.evidence === 'calibrated') expect(def.source).toMatch(/calibrated/);
    // Marketing figures may appear only labelled as claims.
    if (/400\s*%/.test(def.description + def.source)) expect(def.description).toMatch(/marketing claim/);

    switch (def.kind) {
      case 'number':
      case 'integer':
        expect(typeof def.default).toBe('number');
        expect(Number.isFinite(def.min) && Number.isFinite(def.max)).toBe(true);
        expect(def.min).toBeLessThan(def.max);
        expect(def.default).toBeGreaterThanOrEqual(def.min);
        expect(def.default).toBeLessThanOrEqual(def.max);
        expect(def.step).toBeGreaterThan(0);
        expect(def.step).toBeLessThanOrEqual(def.max - def.min);
        if (def.scale === 'log') expect(def.min).toBeGreaterThan(0);
        if (def.kind === 'integer') {
          for (const n of [def.default, def.min, def.max, def.step]) expect(Number.isInteger(n)).toBe(true);
        }
        break;
      case 'boolean':
        expect(typeof def.default).toBe('boolean');
        break;
      case 'enum': {
        const values = def.options.map((o) => o.value);
        expect(values.length).toBeGreaterThanOrEqual(2);
        expect(new Set(values).size).toBe(values.length);
        for (const option of def.options) {
          expect(option.value).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
          expect(option.label.trim()).not.toBe('');
        }
        expect(values).toContain(def.default);
        break;
      }
    }
    // The default passes its own validation.
    expect(validateParams({ [def.id]: def.default }).ok).toBe(true);
  });

  it('defaultParams holds every id at its default and returns a fresh object', () => {
    const params = defaultParams();
    expect(Object.keys(params)).toEqual(PARAM_IDS);
    for (const def of SCHEMA) expect(params[def.id as keyof Params]).toBe(def.default);
    expect(defaultParams()).not.toBe(params);
    expect(validateParams({})).toEqual({ ok: true, params });
  });

  it('types Params from the schema', () => {
    expectTypeOf<Params['device']>().toEqualTypeOf<'pen' | 'roller' | 'stamp'>();
    expectTypeOf<Params['body_site']>().toEqualTypeOf<'cheek' | 'forehead' | 'neck' | 'back' | 'abdomen' | 'scalp'>();
    expectTypeOf<Params['needle_length_mm']>().toEqualTypeOf<number>();
    expectTypeOf<Params['passes']>().toEqualTypeOf<number>();
    expectTypeOf<Params['smoker']>().toEqualTypeOf<boolean>();
    expectTypeOf<Params['quality']>().toEqualTypeOf<'low' | 'medium' | 'high'>();
  });
});

describe('interface ids shared with the CLI, URLs and postMessage (TARGETS.md)', () => {
  function def(id: string): ParamDef {
    const found = getParamDef(id);
    expect(found, id).toBeDefined();
    return found!;
  }
  const options = (id: string) => {
    const d = def(id);
    return d.kind === 'enum' ? d.options.map((o) => o.value) : [];
  };

  it('has the enum ids with their exact spellings', () => {
    expect(options('device')).toEqual(['pen', 'roller', 'stamp']);
    expect(options('body_site')).toEqual(['cheek', 'forehead', 'neck', 'back', 'abdomen', 'scalp']);
    expect(options('topical')).toEqual(expect.arrayContaining(['none', 'hyaluronic-acid', 'vitamin-c', 'prp']));
    expect(options('quality')).toEqual(['low', 'medium', 'high']);
  });

  it('has the numeric ids with the agreed ranges and kinds', () => {
    expect(def('needle_length_mm')).toMatchObject({ kind: 'number', min: 0.25, max: 2.5, step: 0.25, unit: 'mm' });
    expect(def('passes')).toMatchObject({ kind: 'integer', min: 1 });
    expect(def('sessions')).toMatchObject({ kind: 'integer', min: 1 });
    expect(def('interval_days')).toMatchObject({ kind: 'number', unit: 'days' });
    expect(def('age_years')).toMatchObject({ kind: 'number', min: 18, max: 90, unit: 'years' });
    expect(def('fitzpatrick')).toMatchObject({ kind: 'integer', min: 1, max: 6 });
    expect(def('topical_time_h')).toMatchObject({ kind: 'number', min: 0, unit: 'h' });
  });

  it('has the boolean patient ids, all false by default', () => {
    for (const id of ['smoker', 'diabetes', 'keloid_tendency', 'active_acne_or_infection', 'isotretinoin', 'eczema']) {
      expect(def(id)).toMatchObject({ kind: 'boolean', default: false });
    }
  });

  it('defaults to the reference scenario (cheek, pen 1.5 mm, 1 pass, 1 session, 35 y, type III, no serum)', () => {
    expect(defaultParams()).toMatchObject({
      device: 'pen',
      needle_length_mm: 1.5,
      passes: 1,
      sessions: 1,
      body_site: 'cheek',
      age_years: 35,
      fitzpatrick: 3,
      smoker: false,
      diabetes: false,
      keloid_tendency: false,
      topical: 'none',
    });
  });
});

describe('validateParams', () => {
  it('merges a partial input over the defaults or over a given base', () => {
    const result = validateParams({ needle_length_mm: 0.5, device: 'roller', smoker: true });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.params).toMatchObject({ needle_length_mm: 0.5, device: 'roller', smoker: true, passes: 1 });
    const onTop = validateParams({ passes: 3 }, result.params);
    expect(onTop.ok && onTop.params).toMatchObject({ needle_length_mm: 0.5, passes: 3 });
  });

  it('accepts the range ends and values between UI steps', () => {
    expect(validateParams({ needle_length_mm: 0.25 }).ok).toBe(true);
    expect(validateParams({ needle_length_mm: 2.5 }).ok).toBe(true);
    expect(validateParams({ needle_length_mm: 1.3 }).ok).toBe(true);
  });

  it('rejects an unknown id, suggesting the likely one and listing the allowed ids', () => {
    const error = singleError({ needle_len: 1.5 });
    expect(error).toMatchObject({ code: 'unknown_id', id: 'needle_len', value: 1.5 });
    expect(error.message).toContain('needle_len = 1.5');
    expect(error.message).toContain('did you mean needle_length_mm?');
    expect(error.allowed).toContain('needle_length_mm');
    expect(singleError({ constructor: 1 }).code).toBe('unknown_id');
    expect(singleError(JSON.parse('{"__proto__": 1}') as Record<string, unknown>).code).toBe('unknown_id');
  });

  it('rejects out-of-range values with a one-line message naming id, value and range', () => {
    const error = singleError({ needle_length_mm: 3 });
    expect(error).toMatchObject({ code: 'out_of_range', id: 'needle_length_mm', value: 3, allowed: '0.25–2.5 mm' });
    expect(error.message).toBe('needle_length_mm = 3 is out of range: allowed 0.25–2.5 mm');
    expect(singleError({ age_years: 17 }).message).toBe('age_years = 17 is out of range: allowed 18–90 years');
    expect(singleError({ passes: 0 }).message).toBe('passes = 0 is out of range: allowed integers 1–20');
  });

  it('rejects NaN and infinities', () => {
    for (const value of [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY]) {
      const error = singleError({ interval_days: value });
      expect(error).toMatchObject({ code: 'not_a_number', id: 'interval_days' });
      expect(error.message).toBe(`interval_days = ${value} is not a finite number: allowed 1–90 days`);
    }
  });

  it('rejects non-integers for integer parameters', () => {
    const error = singleError({ sessions: 2.5 });
    expect(error).toMatchObject({ code: 'not_integer', id: 'sessions', value: 2.5 });
    expect(error.message).toBe('sessions = 2.5 is not an integer: allowed integers 1–12');
  });

  it('rejects wrong types without coercing', () => {
    const cases: [string, unknown][] = [
      ['needle_length_mm', '1.5'],
      ['passes', '2'],
      ['smoker', 'true'],
      ['smoker', 1],
      ['device', 1],
      ['age_years', null],
      ['age_years', undefined],
      ['fitzpatrick', [3]],
      ['topical', { value: 'prp' }],
    ];
    for (const [id, value] of cases) {
      const error = singleError({ [id]: value });
      expect(error, `${id} = ${String(value)}`).toMatchObject({ code: 'wrong_type', id });
      expect(error.message.startsWith(`${id} = `)).toBe(true);
      expect(error.message).toContain('allowed');
    }
    expect(singleError({ needle_length_mm: '1.5' }).message).toBe(
      'needle_length_mm = "1.5" is a string, expected a number: allowed 0.25–2.5 mm',
    );
  });

  it('rejects unknown enum values, including near misses in case and spelling', () => {
    const error = singleError({ device: 'laser' });
    expect(error).toMatchObject({ code: 'not_an_option', id: 'device', value: 'laser' });
    expect(error.message).toBe('device = "laser" is not an option: allowed one of pen, roller, stamp');
    expect(singleError({ device: 'Pen' }).code).toBe('not_an_option');
    expect(singleError({ topical: 'hyaluronic_acid' }).code).toBe('not_an_option');
  });

  it('reports every error, in input order', () => {
    const result = validateParams({ needle_length_mm: 9, device: 'laser', nope: 1 });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => e.code)).toEqual(['out_of_range', 'not_an_option', 'unknown_id']);
    for (const e of result.errors) expect(e.message).not.toContain('\n');
  });
});

describe('parseParamValue (text from CLI and URLs)', () => {
  it('parses finite decimals, with exponents', () => {
    expect(parseParamValue('needle_length_mm', '1.5')).toEqual({ ok: true, value: 1.5 });
    expect(parseParamValue('needle_length_mm', '.5')).toEqual({ ok: true, value: 0.5 });
    expect(parseParamValue('passes', '3')).toEqual({ ok: true, value: 3 });
    expect(parseParamValue('passes', '3.0')).toEqual({ ok: true, value: 3 });
    expect(parseParamValue('mmp_degradation_rate_per_h', '1e-3')).toEqual({ ok: true, value: 0.001 });
    expect(parseParamValue('topical_time_h', '-0')).toEqual({ ok: true, value: 0 });
  });

  it('rejects anything that is not a whole finite decimal', () => {
    for (const text of [
      '',
      ' ',
      ' 1.5',
      '1.5 ',
      '1.5mm',
      '0x10',
      '1_000',
      '1,5',
      '1.',
      'Infinity',
      'NaN',
      '--1',
      '1e',
    ]) {
      const error = parseError('needle_length_mm', text);
      expect(error).toMatchObject({ code: 'not_a_number', id: 'needle_length_mm', value: text });
      expect(error.message).toContain(`needle_length_mm = ${JSON.stringify(text)}`);
      expect(error.message).toContain('0.25–2.5 mm');
    }
    expect(parseError('needle_length_mm', '1e999').code).toBe('not_a_number');
  });

  it('range- and integer-checks parsed numbers, reporting the text', () => {
    const error = parseError('needle_length_mm', '3');
    expect(error).toMatchObject({ code: 'out_of_range', value: '3' });
    expect(error.message).toBe('needle_length_mm = "3" is out of range: allowed 0.25–2.5 mm');
    expect(parseError('sessions', '1.5').code).toBe('not_integer');
  });

  it('accepts exactly true/false/1/0 for booleans', () => {
    expect(parseParamValue('smoker', 'true')).toEqual({ ok: true, value: true });
    expect(parseParamValue('smoker', 'false')).toEqual({ ok: true, value: false });
    expect(parseParamValue('smoker', '1')).toEqual({ ok: true, value: true });
    expect(parseParamValue('smoker', '0')).toEqual({ ok: true, value: false });
    for (const text of ['TRUE', 'True', 'yes', 'no', '', ' true', '2', 'constructor']) {
      const error = parseError('smoker', text);
      expect(error).toMatchObject({ code: 'wrong_type', id: 'smoker', value: text, allowed: 'true or false' });
    }
  });

  it('matches enum values exactly', () => {
    expect(parseParamValue('device', 'roller')).toEqual({ ok: true, value: 'roller' });
    for (const text of ['Roller', 'roller ', '', 'laser'])
      expect(parseError('device', text).code).toBe('not_an_option');
  });

  it('rejects unknown ids', () => {
    const error = parseError('needle', '1');
    expect(error.code).toBe('unknown_id');
    expect(error.message).toContain('needle = "1" is not a parameter');
  });

  it('parses a set of texts and validates them together', () => {
    const ok = parseParamTexts({ device: 'stamp', needle_length_mm: '0.5', smoker: '1' });
    expect(ok.ok && ok.params).toMatchObject({ device: 'stamp', needle_length_mm: 0.5, smoker: true });
    const bad = parseParamTexts({ device: 'laser', passes: 'x', foo: '1' });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.errors.map((e) => e.code)).toEqual(['not_an_option', 'not_a_number', 'unknown_id']);
  });

  it('round-trips every default through formatParamValue', () => {
    const params = defaultParams();
    for (const id of PARAM_IDS) {
      expect(parseParamValue(id, formatParamValue(params[id]))).toEqual({ ok: true, value: params[id] });
    }
  });
});

describe('formatAllowed', () => {
  it('writes each kind in words', () => {
    expect(formatAllowed(PARAM_BY_ID.needle_length_mm)).toBe('0.25–2.5 mm');
    expect(formatAllowed(PARAM_BY_ID.fitzpatrick)).toBe('integers 1–6');
    expect(formatAllowed(PARAM_BY_ID.smoker)).toBe('true or false');
    expect(formatAllowed(PARAM_BY_ID.device)).toBe('one of pen, roller, stamp');
  });
});

describe('helpers', () => {
  it('isParamId ignores prototype properties', () => {
    expect(isParamId('device')).toBe(true);
    expect(isParamId('constructor')).toBe(false);
    expect(isParamId('toString')).toBe(false);
  });

  it('changedParams lists only what differs from the base', () => {
    const result = validateParams({ passes: 4, smoker: true });
    expect(result.ok && changedParams(result.params)).toEqual({ passes: 4, smoker: true });
    expect(changedParams(defaultParams())).toEqual({});
  });
});

describe('presets', () => {
  it('has the shared preset ids', () => {
    expect(PRESET_IDS).toEqual([
      'reference',
      'acne-scars',
      'fine-lines',
      'melasma',
      'scalp',
      'stretch-marks',
      'home-roller',
    ]);
  });

  it.each(PRESETS.map((preset) => [preset.id, preset] as const))('%s is documented and resolves', (id, preset) => {
    expect(preset.label.trim()).not.toBe('');
    expect(preset.description.trim()).not.toBe('');
    expect(preset.description).not.toContain('\n');
    expect(preset.protocol).toMatch(/EVIDENCE|TARGETS/);
    const result = resolvePreset(id);
    expect(result.ok, JSON.stringify(result)).toBe(true);
    if (!result.ok) return;
    expect(result.params).toMatchObject(preset.overrides);
  });

  it('reference equals the defaults', () => {
    expect(resolvePreset('reference')).toEqual({ ok: true, params: defaultParams() });
    expect(PRESET_BY_ID.reference.overrides).toEqual({});
  });

  it('follows the protocols it cites', () => {
    expect(PRESET_BY_ID['acne-scars'].overrides).toMatchObject({ needle_length_mm: 1.5, sessions: 3 });
    expect(PRESET_BY_ID.scalp.overrides).toMatchObject({ body_site: 'scalp', interval_days: 7, sessions: 12 });
    expect(PRESET_BY_ID['stretch-marks'].overrides).toMatchObject({ body_site: 'abdomen' });
    expect(PRESET_BY_ID['home-roller'].overrides).toMatchObject({ device: 'roller', needle_length_mm: 0.25 });
    const melasma = PRESET_BY_ID.melasma.overrides;
    expect(melasma.needle_length_mm).toBeGreaterThanOrEqual(0.25);
    expect(melasma.needle_length_mm).toBeLessThanOrEqual(0.5);
    expect(melasma.topical).not.toBe('none');
  });

  it('applies valid overrides on top of a preset', () => {
    const result = resolvePreset('acne-scars', { sessions: 4, smoker: true });
    expect(result.ok && result.params).toMatchObject({ sessions: 4, smoker: true, needle_length_mm: 1.5 });
  });

  it('rejects a bad override', () => {
    const result = resolvePreset('acne-scars', { needle_length_mm: 5 });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]).toMatchObject({ code: 'out_of_range', id: 'needle_length_mm', value: 5 });
  });

  it('rejects an unknown preset id, naming the allowed ids', () => {
    const result = resolvePreset('acne');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors[0]).toMatchObject({ code: 'unknown_preset', value: 'acne' });
    expect(result.errors[0]!.message).toBe(`preset = "acne" is not a preset: allowed one of ${PRESET_IDS.join(', ')}`);
    expect(resolvePreset('constructor').ok).toBe(false);
  });
});
