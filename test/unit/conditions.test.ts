/**
 * Issue 17's foundation: the conditions declared once (workers/model/conditions.ts), the `condition` parameter
 * every interface reads through the one validated schema, and the presets that name a condition. A condition
 * whose starting tissue is not built must be rejected everywhere (never normal skin under a scar's name).
 */
import { describe, expect, expectTypeOf, it } from 'vitest';
import { parseDesign } from '../../scripts/sweep/design';
import { factorLevels } from '../../scripts/protocols/matrix';
import { parseShareState } from '../../src/scenario/shareState';
import {
  CONDITION_BY_ID,
  CONDITION_IDS,
  CONDITION_OPTIONS,
  CONDITIONS,
  DEFAULT_CONDITION,
  isModelled,
} from '../../workers/model/conditions';
import type { ConditionId } from '../../workers/model/conditions';
import { DEFAULTS, offeredOptions, PARAM_BY_ID } from '../../workers/model/params';
import type { Params } from '../../workers/model/params';
import { formatAllowed, parseParamTexts, parseParamValue, validateParams } from '../../workers/model/paramValidation';
import { PRESET_BY_ID, PRESET_IDS, PRESETS, presetOverrides, resolvePreset } from '../../workers/model/presets';
import type { PresetDef } from '../../workers/model/presets';

const UNMODELLED = CONDITION_IDS.filter((id) => !isModelled(id));
/** What validation names as allowed for `condition`: the modelled conditions. */
const ALLOWED = 'one of normal, melasma';

describe('declared conditions', () => {
  it('are the eight of issue 17, in order, normal first and the default', () => {
    expect(CONDITION_IDS).toEqual([
      'normal',
      'acne-rolling',
      'acne-boxcar',
      'acne-icepick',
      'photoaged',
      'melasma',
      'striae',
      'alopecia',
    ]);
    expect(DEFAULT_CONDITION).toBe('normal');
    expectTypeOf<ConditionId>().toEqualTypeOf<
      'normal' | 'acne-rolling' | 'acne-boxcar' | 'acne-icepick' | 'photoaged' | 'melasma' | 'striae' | 'alopecia'
    >();
  });

  it('each have a label, a one-line starting tissue and its sources', () => {
    for (const c of CONDITIONS) {
      expect(c.id).toMatch(/^[a-z]+(-[a-z]+)*$/);
      for (const text of [c.label, c.description, c.source]) expect(text.trim(), c.id).not.toBe('');
      expect(c.description, c.id).not.toContain('\n');
      if (c.id !== 'normal') expect(c.source, c.id).toMatch(/INDICATIONS\.md/);
    }
  });

  it('are modelled only where the tissue is built: normal skin and melasma today', () => {
    expect(CONDITIONS.filter((c) => c.modelled).map((c) => c.id)).toEqual(['normal', 'melasma']);
  });

  it('name the indication preset that sets them, and that preset names them back', () => {
    for (const c of CONDITIONS) {
      if (c.preset === null) continue;
      expect(PRESET_IDS as readonly string[], c.id).toContain(c.preset);
      expect((PRESET_BY_ID as Record<string, PresetDef>)[c.preset]!.condition, c.id).toBe(c.id);
    }
    for (const p of PRESETS as readonly PresetDef[]) {
      if (p.condition !== undefined) expect(CONDITION_BY_ID[p.condition].preset, p.id).toBe(p.id);
    }
  });
});

describe('the condition parameter', () => {
  it('offers every condition from the record, defaults to normal and is a patient input with a source', () => {
    const def = PARAM_BY_ID.condition;
    expect(def).toMatchObject({ kind: 'enum', group: 'patient', section: 'patient', default: 'normal' });
    expect(def.options.map((o) => o.value)).toEqual(CONDITION_IDS);
    expect(def.options).toBe(CONDITION_OPTIONS);
    expect(def.source).toMatch(/INDICATIONS\.md/);
    expect(DEFAULTS.condition).toBe('normal');
    expectTypeOf<Params['condition']>().toEqualTypeOf<ConditionId>();
  });

  it('offers only the modelled conditions', () => {
    expect(offeredOptions(PARAM_BY_ID.condition).map((o) => o.value)).toEqual(['normal', 'melasma']);
    expect(formatAllowed(PARAM_BY_ID.condition)).toBe(ALLOWED);
  });

  it('accepts normal and rejects a condition not modelled yet, naming what is allowed (objects: postMessage, state)', () => {
    expect(validateParams({ condition: 'normal' })).toMatchObject({ ok: true, params: { condition: 'normal' } });
    for (const id of UNMODELLED) {
      const r = validateParams({ condition: id });
      expect(r.ok, id).toBe(false);
      if (r.ok) continue;
      expect(r.errors).toHaveLength(1);
      expect(r.errors[0]).toMatchObject({ code: 'not_modelled', id: 'condition', value: id, allowed: ALLOWED });
      expect(r.errors[0]!.message).toBe(`condition = "${id}" is not modelled yet: allowed ${ALLOWED}`);
    }
    expect(validateParams({ condition: 'scar' })).toMatchObject({ ok: false, errors: [{ code: 'not_an_option' }] });
  });

  it('is read from text the same way (CLI --set, URL, sweep CSV)', () => {
    expect(parseParamValue('condition', 'normal')).toEqual({ ok: true, value: 'normal' });
    expect(parseParamValue('condition', 'melasma')).toEqual({ ok: true, value: 'melasma' });
    expect(parseParamValue('condition', 'photoaged')).toMatchObject({ ok: false, error: { code: 'not_modelled' } });
    expect(parseParamTexts({ condition: 'striae', sessions: '3' })).toMatchObject({
      ok: false,
      errors: [{ code: 'not_modelled', id: 'condition' }],
    });
  });

  it('a link with a condition not modelled yet falls back to normal skin with a notice, like any bad value', () => {
    const bad = parseShareState('?preset=acne-scars&condition=acne-rolling&sessions=2');
    expect(bad.state.params).toEqual({ sessions: 2 });
    expect(bad.notices).toHaveLength(1);
    expect(bad.notices[0]).toMatchObject({ key: 'notice.badParam' });
    expect(String(bad.notices[0]!.values!.problem)).toMatch(/not modelled yet/);
    const good = parseShareState('?condition=normal');
    expect(good.state.params).toEqual({ condition: 'normal' });
    expect(good.notices).toEqual([]);
  });

  it('a sweep design row asking for a condition not modelled yet rejects the design', () => {
    const csv = parseDesign('seed,condition\n1,normal\n2,acne-icepick\n', 'csv', 7);
    expect(csv.problems).toEqual([
      {
        line: 3,
        column: 'condition',
        message: `condition = "acne-icepick" is not modelled yet: allowed ${ALLOWED}`,
      },
    ]);
    const jsonl = parseDesign('{"seed":1,"changes":{"condition":"photoaged"}}\n', 'jsonl', 7);
    expect(jsonl.problems[0]).toMatchObject({ line: 1, column: 'condition' });
  });

  it('is a factor of the protocol matrix for every modelled condition but normal skin (the default)', () => {
    expect(factorLevels().filter((f) => 'condition' in f)).toEqual([{ condition: 'melasma' }]);
  });
});

describe('indication presets', () => {
  const mapping: Record<string, ConditionId> = {
    'acne-scars': 'acne-rolling',
    'fine-lines': 'photoaged',
    melasma: 'melasma',
    scalp: 'alopecia',
    'stretch-marks': 'striae',
  };

  it('name the condition each treats', () => {
    const named = Object.fromEntries(
      (PRESETS as readonly PresetDef[]).filter((p) => p.condition !== undefined).map((p) => [p.id, p.condition]),
    );
    expect(named).toEqual(mapping);
  });

  it('still run on normal skin while their condition is not modelled; melasma runs on melasma', () => {
    for (const id of Object.keys(mapping)) {
      if (isModelled(mapping[id]!)) {
        const r = resolvePreset(id);
        expect(r.ok && r.params.condition, id).toBe(mapping[id]);
        continue;
      }
      const preset = (PRESET_BY_ID as Record<string, PresetDef>)[id]!;
      expect(presetOverrides(preset)).toBe(preset.overrides);
      const r = resolvePreset(id);
      expect(r.ok, id).toBe(true);
      if (r.ok) expect(r.params.condition, id).toBe('normal');
    }
  });

  it('apply their condition once it is modelled', () => {
    // Normal skin is modelled: a preset naming it gets it, over its own overrides.
    const preset: PresetDef = { ...PRESET_BY_ID['acne-scars'], condition: 'normal' };
    expect(presetOverrides(preset)).toEqual({ ...PRESET_BY_ID['acne-scars'].overrides, condition: 'normal' });
    const unmodelled: PresetDef = { ...PRESET_BY_ID.reference, condition: 'photoaged' };
    expect(presetOverrides(unmodelled)).toEqual({});
  });

  it('let the user choose a condition on top of a preset only where it is modelled', () => {
    expect(resolvePreset('acne-scars', { condition: 'normal' }).ok).toBe(true);
    expect(resolvePreset('acne-scars', { condition: 'acne-boxcar' })).toMatchObject({
      ok: false,
      errors: [{ code: 'not_modelled' }],
    });
  });
});
