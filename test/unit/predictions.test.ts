/**
 * Prediction prompts: grading into the student's four bins, reading the metric, and each prompt's one change (capped
 * at the schema), question time and explanation. Plus the run cache the prompts share.
 */
import { describe, expect, it } from 'vitest';
import {
  ANSWERS,
  effectiveDepthUm,
  grade,
  MAX_QUESTION_WEEKS,
  measure,
  outcomeOf,
  promptPlans,
  PROMPTS,
} from '../../src/ui/narrative/predictions';
import type { PromptAvailability, PromptContext, PromptPlan } from '../../src/ui/narrative/predictions';
import { cachedRows, runKey, storeRows } from '../../src/ui/narrative/runCache';
import { twinOptions } from '../../src/sim/headlessRun';
import { METRICS } from '../../workers/model/metrics';
import { PARAM_BY_ID } from '../../workers/model/params';
import { validateParams } from '../../workers/model/paramValidation';
import type { Params } from '../../workers/model/params';
import { resolvePreset } from '../../workers/model/presets';
import type { SimInfo } from '../../workers/protocol';

function reference(changes: Record<string, unknown> = {}): Params {
  const r = resolvePreset('reference', changes);
  if (!r.ok) throw new Error(r.errors.map((e) => e.message).join('; '));
  return r.params;
}

/** Cheek: the dermis ends 12 + 65 + 250 + 1000 µm down (docs/model.md §2.1). */
const CHEEK_DERMIS_BOTTOM_UM = 1327;

function context(changes: Record<string, unknown> = {}): PromptContext {
  return { params: reference(changes), dermisBottomUm: CHEEK_DERMIS_BOTTOM_UM };
}

function planOf(id: string, ctx: PromptContext): PromptPlan {
  const found = promptPlans(ctx).find((p) => (p.ok ? p.plan.id : p.id) === id)!;
  if (!found.ok) throw new Error(`${id} unavailable: ${found.why}`);
  return found.plan;
}

function unavailable(id: string, ctx: PromptContext): Extract<PromptAvailability, { ok: false }> {
  const found = promptPlans(ctx).find((p) => (p.ok ? p.plan.id : p.id) === id)!;
  if (found.ok) throw new Error(`${id} should be unavailable`);
  return found;
}

describe('grading', () => {
  it('sorts the model’s answer into less / about the same / more / much more', () => {
    expect(outcomeOf(40, 30, 0.01)).toEqual({ answer: 'less', ratio: 0.75 });
    expect(outcomeOf(40, 42, 0.01).answer).toBe('same');
    expect(outcomeOf(40, 36.5, 0.01).answer).toBe('same');
    expect(outcomeOf(42.3, 52.8, 0.01).answer).toBe('more');
    expect(outcomeOf(40, 60, 0.01).answer).toBe('much-more');
    expect(outcomeOf(0.012, 0.027, 1e-4).answer).toBe('much-more');
  });

  it('does not divide by (near) zero', () => {
    expect(outcomeOf(0.001, 5, 0.01)).toEqual({ answer: 'much-more', ratio: null });
    expect(outcomeOf(0.001, 0.002, 0.01)).toEqual({ answer: 'same', ratio: null });
  });

  it('grades right, one step away, or wrong', () => {
    expect(grade('more', 'more')).toBe('right');
    expect(grade('much-more', 'more')).toBe('close');
    expect(grade('same', 'more')).toBe('close');
    expect(grade('less', 'much-more')).toBe('wrong');
    expect(ANSWERS).toEqual(['less', 'same', 'more', 'much-more']);
  });

  it('reads the metric at the hour, or its peak up to it, and NaN before the rows get there', () => {
    const values = [0, 2, 5, 3, 1];
    expect(measure(values, 'at', 3)).toBe(3);
    expect(measure(values, 'peak', 3)).toBe(5);
    expect(measure(values, 'peak', 1)).toBe(2);
    expect(measure(values, 'at', 5)).toBeNaN();
    expect(measure(undefined, 'at', 0)).toBeNaN();
  });
});

describe('prompts', () => {
  it('each ask about a real metric, change only parameters the schema validates, and explain in 1–3 sentences', () => {
    const metricKeys = new Set<string>(METRICS.map((m) => m.key));
    const ctx = context();
    expect(PROMPTS.length).toBeGreaterThanOrEqual(3);
    for (const p of promptPlans(ctx)) {
      if (!p.ok) throw new Error(`${p.id} should be available on the reference scenario`);
      const plan = p.plan;
      expect(metricKeys.has(plan.metric), plan.id).toBe(true);
      expect(plan.question).not.toMatch(/\{\w+\}/);
      expect(plan.untilH).toBeLessThanOrEqual(MAX_QUESTION_WEEKS * 168);
      const changed = Object.keys(plan.change);
      expect(changed, plan.id).toHaveLength(1);
      expect(validateParams({ ...ctx.params, ...plan.change }).ok, plan.id).toBe(true);
      const lines = plan.explain({ baseline: 40, variant: 50, ratio: 1.25 });
      expect(lines.length, plan.id).toBeGreaterThan(0);
      const sentences = lines.join(' ').split(/(?<=[.])\s+(?=[A-Z])/);
      expect(sentences.length, plan.id).toBeLessThanOrEqual(4);
      expect(lines.join(' ')).not.toMatch(/\{\w+\}/);
    }
  });

  it('double the needle, capped at the schema maximum, and explain depth and the fat below the dermis', () => {
    const max = (PARAM_BY_ID.needle_length_mm as { max: number }).max;
    const short = planOf('needle-length', context({ needle_length_mm: 0.5 }));
    expect(short.change).toEqual({ needle_length_mm: 1 });
    expect(short.question).toMatch(/0\.5 mm → 1 mm\.$/);
    expect(short.untilH).toBe(42 * 24);
    expect(short.explain({ baseline: 1, variant: 2, ratio: 2 }).join(' ')).not.toMatch(/fat/);

    const capped = planOf('needle-length', context());
    expect(capped.change).toEqual({ needle_length_mm: max });
    expect(capped.question).toMatch(/capped/);
    const why = capped.explain({ baseline: 42.3, variant: 52.8, ratio: 1.25 }).join(' ');
    expect(why).toMatch(/1,215 µm → 2,115 µm/);
    expect(why).toMatch(/fat/);

    expect(unavailable('needle-length', context({ needle_length_mm: max })).why).toMatch(/already at the longest/);
  });

  it('effective depth follows docs/model.md §3.2', () => {
    const params = reference();
    expect(effectiveDepthUm(params, 1.5)).toBeCloseTo(0.9 * (1500 - 150));
    expect(effectiveDepthUm(reference({ device: 'roller' }), 1.5)).toBeCloseTo(0.45 * (1500 - 150));
    expect(effectiveDepthUm(params, 0.1)).toBe(0);
  });

  it('add two sessions and read collagen 4 weeks after the last, or decline when that is too long', () => {
    const plan = planOf('sessions', context());
    expect(plan.change).toEqual({ sessions: 3 });
    expect(plan.untilH).toBe(12 * 168);
    expect(plan.question).toMatch(/week 12 with 3 sessions 28 days apart instead of 1/);
    expect([plan.baselineLabel, plan.variantLabel]).toEqual(['1 session', '3 sessions']);
    expect(plan.explain({ baseline: 42, variant: 151, ratio: 3.6 }).join(' ')).toMatch(/more than 3×/);
    expect(plan.explain({ baseline: 42, variant: 126, ratio: 3 })).toHaveLength(1);
    expect(unavailable('sessions', context({ interval_days: 60 })).why).toMatch(/too long/);
    expect(unavailable('sessions', context({ sessions: 12 })).why).toMatch(/most sessions/);
  });

  it('toggle smoking either way', () => {
    const smoker = planOf('smoker', context());
    expect(smoker.change).toEqual({ smoker: true });
    expect(smoker.explain({ baseline: 42, variant: 30, ratio: 0.7 }).join(' ')).toMatch(/× 0\.8\b.*× 0\.28.*× 0\.5\b/);
    const quitting = planOf('smoker', context({ smoker: true }));
    expect(quitting.change).toEqual({ smoker: false });
    expect(quitting.question).toMatch(/did not smoke/);
  });

  it('move the skin type two steps, darker where there is room', () => {
    const darker = planOf('skin-type', context());
    expect(darker.change).toEqual({ fitzpatrick: 5 });
    expect(darker.aggregate).toBe('peak');
    expect(darker.question).toMatch(/type V instead of III/);
    expect(darker.explain({ baseline: 0.012, variant: 0.027, ratio: 2.2 }).join(' ')).toMatch(/darker.*2\.25×/);
    const lighter = planOf('skin-type', context({ fitzpatrick: 6 }));
    expect(lighter.change).toEqual({ fitzpatrick: 4 });
    expect(lighter.explain({ baseline: 0.03, variant: 0.013, ratio: 0.44 }).join(' ')).toMatch(/lighter/);
  });
});

describe('run cache', () => {
  const info = { seed: 7, params: reference(), untreated: false } as unknown as SimInfo;

  it('keys runs by everything their rows depend on', () => {
    const base = twinOptions(info);
    const variant = twinOptions(info, { changes: { smoker: true } });
    expect(base.params).toEqual(info.params);
    expect(runKey(base)).not.toBe(runKey(variant));
    expect(runKey(base)).toBe(runKey(twinOptions(info)));
    expect(runKey(base)).not.toBe(runKey({ ...base, seed: 8 }));
  });

  it('answers only for runs that reached the hour asked', () => {
    const key = runKey(twinOptions(info, { changes: { needle_length_mm: 1 } }));
    expect(cachedRows(key, 10)).toBeNull();
    storeRows(key, 24, { t_h: [0, 1] });
    expect(cachedRows(key, 24)).not.toBeNull();
    expect(cachedRows(key, 48)).toBeNull();
  });
});
