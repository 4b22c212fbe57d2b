/**
 * The aftercare cards: levels by documented thresholds, advice that follows the simulated biology, cards that wait
 * for the model, and the reference scenario reading the way aftercare.ts says it does.
 */
import { describe, expect, it } from 'vitest';
import {
  AFTERCARE_DAYS,
  aftercareCard,
  barrierLevel,
  cardHour,
  channelsLevel,
  rednessLevel,
  sampleAt,
  sunLevel,
} from '../../src/ui/narrative/aftercare';
import type { AftercareSample } from '../../src/ui/narrative/aftercare';
import { resolvePreset } from '../../workers/model/presets';
import { createSimulation } from '../../workers/engine/simulation';

const HEALED: AftercareSample = { erythema: 0.001, barrier: 1, patency: 0, pigmentRisk: 0.002 };

describe('aftercare levels', () => {
  it('read redness, barrier and channels by their thresholds', () => {
    expect(rednessLevel(0.25)).toBe('clearly-red');
    expect(rednessLevel(0.1)).toBe('clearly-red');
    expect(rednessLevel(0.05)).toBe('fading');
    expect(rednessLevel(0.019)).toBe('normal');
    expect(barrierLevel(0.5)).toBe('open');
    expect(barrierLevel(0.95)).toBe('recovering');
    expect(barrierLevel(0.995)).toBe('restored');
    expect(channelsLevel(0.8)).toBe('mostly-open');
    expect(channelsLevel(0.3)).toBe('closing');
    expect(channelsLevel(0.05)).toBe('closed');
  });

  it('always advise sun protection, with extra care while the skin is open, red or at raised pigment risk', () => {
    expect(sunLevel(HEALED)).toBe('daily');
    expect(sunLevel({ ...HEALED, barrier: 0.95 })).toBe('extra-care');
    expect(sunLevel({ ...HEALED, erythema: 0.03 })).toBe('extra-care');
    expect(sunLevel({ ...HEALED, pigmentRisk: 0.03 })).toBe('extra-care');
  });
});

describe('aftercare cards', () => {
  it('are the days patients ask about', () => {
    expect(AFTERCARE_DAYS).toEqual([1, 3, 7, 28]);
  });

  it('wait for the model, then give four rows of advice', () => {
    const pending = aftercareCard(7, null, 3, null, 168);
    expect(pending.rows).toBeNull();
    expect(pending.notes.join(' ')).toMatch(/Not simulated yet.*day 7/);
    const card = aftercareCard(7, HEALED, 3, null, 168);
    expect(card.title).toBe('Day 7');
    expect(card.rows!.map((r) => r.id)).toEqual(['redness', 'barrier', 'sun', 'channels']);
    expect(card.rows!.find((r) => r.id === 'sun')!.text.join(' ')).toMatch(/sun protection/);
  });

  it('say why the sun advice is stronger, and note pigmentation risk for darker skin types', () => {
    const open: AftercareSample = { erythema: 0.2, barrier: 0.6, patency: 0.8, pigmentRisk: 0.03 };
    const sun = aftercareCard(1, open, 5, null, 24).rows!.find((r) => r.id === 'sun')!;
    expect(sun.level).toBe('extra-care');
    expect(sun.text.join(' ')).toMatch(/barrier is still recovering/);
    expect(sun.text.join(' ')).toMatch(/inflamed/);
    expect(sun.text.join(' ')).toMatch(/chance of dark marks \(post-inflammatory hyperpigmentation\) is raised/);
    expect(sun.text.join(' ')).toMatch(/Darker skin types/);
    const barrier = aftercareCard(1, open, 5, null, 24).rows!.find((r) => r.id === 'barrier')!;
    expect(barrier.text.join(' ')).toMatch(/avoid make-up/);
    const lightSkin = aftercareCard(28, HEALED, 2, null, 672).rows!.find((r) => r.id === 'sun')!;
    expect(lightSkin.text).toEqual(['Keep up daily sun protection.']);
  });

  it('never promise an outcome and never show a raw number', () => {
    const samples: AftercareSample[] = [HEALED, { erythema: 0.2, barrier: 0.6, patency: 0.8, pigmentRisk: 0.03 }];
    for (const sample of samples) {
      for (const day of AFTERCARE_DAYS) {
        const text = JSON.stringify(aftercareCard(day, sample, 6, null, day * 24).rows);
        expect(text).not.toMatch(/\d|guarantee|will look|results?\b|younger/i);
      }
    }
  });

  it('read the hour before a session due that day, and say so', () => {
    expect(cardHour(28, [0, 672])).toEqual({ hour: 671, sessionToday: 2 });
    expect(cardHour(28, [0])).toEqual({ hour: 672, sessionToday: null });
    expect(cardHour(1, [0, 24, 48])).toEqual({ hour: 23, sessionToday: 2 });
    const card = aftercareCard(28, HEALED, 3, 2, 671);
    expect(card.notes.join(' ')).toMatch(/Session 2 is planned on this day/);
  });

  it('sample rows only where all four metrics are there', () => {
    const rows: Record<string, number[]> = {
      erythema: [0, 0.2],
      barrier: [1, 0.7],
      channel_patency: [1, 0.9],
      pigment_risk: [0, 0.01],
    };
    expect(sampleAt((k) => rows[k], 1)).toEqual({ erythema: 0.2, barrier: 0.7, patency: 0.9, pigmentRisk: 0.01 });
    expect(sampleAt((k) => rows[k], 2)).toBeNull();
    expect(sampleAt((k) => (k === 'barrier' ? undefined : rows[k]), 1)).toBeNull();
  });
});

describe('aftercare on the reference scenario', () => {
  it('reads day 1 and day 3 as aftercare.ts documents', () => {
    // Low quality tier: the same biology at a quarter of the cost (rates are scaled per agent, docs/model.md §5).
    const resolved = resolvePreset('reference', { quality: 'low' });
    if (!resolved.ok) throw new Error('reference preset does not resolve');
    const sim = createSimulation(resolved.params, 1);
    sim.advanceTo(72);
    const series = sim.metrics() as Record<string, number[]>;
    const levels = (day: number) => {
      const card = aftercareCard(
        day,
        sampleAt((k) => series[k], day * 24),
        resolved.params.fitzpatrick,
        null,
        day * 24,
      );
      return Object.fromEntries(card.rows!.map((r) => [r.id, r.level]));
    };
    expect(levels(1)).toEqual({
      redness: 'clearly-red',
      barrier: 'recovering',
      sun: 'extra-care',
      channels: 'closing',
    });
    expect(levels(3)).toEqual({ redness: 'fading', barrier: 'restored', sun: 'extra-care', channels: 'closed' });
  });
});
