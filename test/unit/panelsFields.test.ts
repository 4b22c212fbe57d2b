import { describe, expect, it } from 'vitest';
import { PARAM_BY_ID, PARAM_SCHEMA, resolvePreset } from '../../workers/protocol';
import type { ParamId, Params } from '../../workers/protocol';
import { DENSITY_IDS, PATIENT_SECTIONS, treatmentSections, visibleIds } from '../../src/ui/panels/panelFields';
import type { SectionSpec } from '../../src/ui/panels/panelFields';

function params(overrides: Record<string, unknown> = {}): Params {
  const r = resolvePreset('reference', overrides);
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.params;
}

const shown = (sections: readonly SectionSpec[], p: Params) => sections.flatMap((s) => visibleIds(s, p));
const placed = (sections: readonly SectionSpec[]) => sections.flatMap((s) => s.fields.map((f) => f.id));

describe('panel fields', () => {
  it('places every treatment and patient parameter of the schema exactly once (student/educator panels)', () => {
    const userIds = PARAM_SCHEMA.filter((d) => d.group !== 'model').map((d) => d.id);
    const all = [...placed(treatmentSections('student')), ...placed(PATIENT_SECTIONS)];
    const userPlaced = all.filter((id) => PARAM_BY_ID[id].group !== 'model');
    expect([...userPlaced].sort()).toEqual([...userIds].sort());
    expect(new Set(all).size).toBe(all.length);
  });

  it('shows model parameters only for the chosen device’s needle density', () => {
    const model = placed(treatmentSections('student')).filter((id) => PARAM_BY_ID[id].group === 'model');
    expect(model.sort()).toEqual(Object.values(DENSITY_IDS).flat().sort());
    for (const id of model) expect(PARAM_BY_ID[id].section).toBe('device');
  });

  it.each(['pen', 'roller', 'stamp'] as const)('shows only the %s density settings for a %s', (device) => {
    const ids = shown(treatmentSections('student'), params({ device }));
    const density = ids.filter((id) => PARAM_BY_ID[id].group === 'model');
    expect(density).toEqual(DENSITY_IDS[device]);
  });

  it('shows the interval only with more than one session and the serum time only with a serum', () => {
    const sections = treatmentSections('student');
    expect(shown(sections, params())).not.toContain('interval_days');
    expect(shown(sections, params({ sessions: 2 }))).toContain('interval_days');
    expect(shown(sections, params())).not.toContain('topical_time_h');
    expect(shown(sections, params({ topical: 'prp' }))).toContain('topical_time_h');
  });

  it('keeps patient mode to device, needle length, sessions (+ interval) and skin type', () => {
    const sections = treatmentSections('patient');
    expect(shown(sections, params())).toEqual<ParamId[]>(['device', 'needle_length_mm', 'sessions', 'fitzpatrick']);
    expect(shown(sections, params({ sessions: 3 }))).toEqual<ParamId[]>([
      'device',
      'needle_length_mm',
      'sessions',
      'interval_days',
      'fitzpatrick',
    ]);
  });

  it('shows the skin condition once more than normal skin is modelled (melasma: issue 17)', () => {
    const site = PATIENT_SECTIONS.find((s) => s.id === 'site')!;
    expect(site.fields.map((f) => f.id)).toContain('condition');
    expect(visibleIds(site, params())).toEqual<ParamId[]>(['condition', 'body_site', 'age_years', 'fitzpatrick']);
  });

  it('puts the safety conditions under Health', () => {
    const health = PATIENT_SECTIONS.find((s) => s.id === 'health')!;
    const safety = PARAM_SCHEMA.filter((d) => d.section === 'safety').map((d) => d.id);
    for (const id of safety) expect(visibleIds(health, params())).toContain(id);
  });
});
