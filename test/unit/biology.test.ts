/**
 * The healing rules, one mechanism at a time: matrix tensor and maturation, multi-rate field stepping, per-kind
 * agent counts, the phase classifier, keratinocyte re-covering and barrier, topical delivery, patient factors,
 * and the metrics contract. Small blocks at the low tier so each test runs in a second or two.
 */
import { describe, expect, it } from 'vitest';
import { AgentStore } from '../../workers/engine/agents';
import { collagenIIIShare, synthesisFeedback } from '../../workers/engine/cells/fibroblasts';
import { CellKind } from '../../workers/model/cellKinds';
import { engineConfig } from '../../workers/engine/config';
import { DiffusionSolver } from '../../workers/engine/diffusion';
import { FieldSet } from '../../workers/engine/fields';
import { buildGeometry } from '../../workers/engine/geometry';
import { createGrid } from '../../workers/engine/grid';
import {
  BASELINE_COLLAGEN_I,
  BASELINE_COLLAGEN_III,
  largestEigenvalue,
  MatrixState,
  updateMatrix,
} from '../../workers/engine/matrix';
import type { Params } from '../../workers/model/params';
import { PARAM_BY_ID } from '../../workers/model/params';
import { PHASES } from '../../workers/model/phases';
import { classifyPhase } from '../../workers/engine/phase';
import { resolvePreset } from '../../workers/model/presets';
import { createSimulation } from '../../workers/engine/simulation';

function params(overrides: Record<string, unknown> = {}): Params {
  const r = resolvePreset('reference', { block_width_um: 600, quality: 'low', ...overrides });
  if (!r.ok) throw new Error(r.errors.map((e) => e.message).join('; '));
  return r.params;
}

/** TARGETS.md metrics contract: every key `simulate --json` must print. */
const CONTRACT_KEYS = [
  't_h',
  'neutrophils',
  'macrophages_m1',
  'macrophages_m2',
  'fibroblasts',
  'myofibroblasts',
  'reepithelialisation',
  'epidermis_restored',
  'barrier',
  'channel_patency',
  'collagen_i',
  'collagen_iii',
  'elastin',
  'collagen_i_tz',
  'collagen_iii_tz',
  'new_collagen',
  'alignment_tz',
  'vessels_tz',
  'epidermal_thickness',
  'erythema',
  'pigment_risk',
  'topical_delivered',
  'topical_depth_um',
  'phase',
];

describe('extracellular matrix', () => {
  /** A small cheek block's matrix and its first dermal voxel. */
  function dermalVoxel() {
    const m = new MatrixState(buildGeometry('cheek', 200, 'low'));
    return { m, i: m.dermis.indexOf(1) };
  }
  /** Rates with no MMP, cross-linking or turnover to speak of: each test switches on what it exercises. */
  const QUIET_MATRIX = {
    mmpDegradationPerH: 0,
    crossLinkedMmpFactor: 0.1,
    collagenIIIMmpFactor: 1,
    crossLinkHalfTimeH: 1e12,
    turnoverHalfLifeH: 1e12,
    elastinAssemblyHalfTimeH: 100,
    elastinAssemblyEfficiency: 0.1,
  };

  it('finds the largest eigenvalue of a symmetric 3×3 matrix', () => {
    expect(largestEigenvalue(2, 1, 0.5, 0, 0, 0)).toBeCloseTo(2, 12);
    // [[2,1,0],[1,2,0],[0,0,1]] has eigenvalues 3, 1, 1.
    expect(largestEigenvalue(2, 2, 1, 1, 0, 0)).toBeCloseTo(3, 10);
    // Isotropic: every eigenvalue 1/3.
    expect(largestEigenvalue(1 / 3, 1 / 3, 1 / 3, 0, 0, 0)).toBeCloseTo(1 / 3, 12);
  });

  it('starts at the basket-weave alignment and aligns as fibres are laid or turned along one direction', () => {
    const { m, i } = dermalVoxel();
    expect(m.alignment(i)).toBeCloseTo(0.1, 6);
    m.deposit(i, 1, 0, 0, 1, 0, 0);
    const afterDeposit = m.alignment(i);
    expect(afterDeposit).toBeGreaterThan(0.3);
    for (let k = 0; k < 200; k++) m.rotateToward(i, 0.05, 1, 0, 0);
    expect(m.alignment(i)).toBeGreaterThan(0.99);
    // Scaling (degradation, injury) leaves the orientation alone.
    const before = m.alignment(i);
    m.scale(i, 0.3);
    expect(m.alignment(i)).toBeCloseTo(before, 6);
  });

  it('cross-links new collagen without changing its type; MMPs held by TIMPs cut new fibres more than mature ones', () => {
    const { m, i } = dermalVoxel();
    m.deposit(i, 0, 0.5, 0, 0, 0, 1);
    const rates = { ...QUIET_MATRIX, crossLinkHalfTimeH: 100 };
    updateMatrix(m, rates, 100);
    // No relabelling: type III stays type III; half of the new fibres are now cross-linked.
    expect(m.collagenIII[i]).toBeCloseTo(BASELINE_COLLAGEN_III + 0.5, 5);
    expect(m.collagenI[i]).toBeCloseTo(BASELINE_COLLAGEN_I, 5);
    expect(m.crossLinkedIII[i]).toBeCloseTo(BASELINE_COLLAGEN_III + 0.25, 5);
    // MMP activity removes new fibres faster than cross-linked ones, counted as degraded.
    const newBefore = m.collagenIII[i]! - m.crossLinkedIII[i]!;
    const crossBefore = m.crossLinkedIII[i]!;
    m.mmp[i] = 10;
    updateMatrix(m, { ...rates, mmpDegradationPerH: 0.05 }, 1);
    const newLost = 1 - (m.collagenIII[i]! - m.crossLinkedIII[i]!) / newBefore;
    const crossLost = 1 - m.crossLinkedIII[i]! / crossBefore;
    expect(newLost).toBeGreaterThan(5 * crossLost);
    expect(m.degraded).toBeGreaterThan(0);
    expect(m.mmp[i]).toBe(0);
    // TIMPs bind MMPs one to one: equal TIMP leaves no free activity.
    const total = m.collagenIII[i]!;
    m.mmp[i] = 10;
    m.timp[i] = 10;
    updateMatrix(m, { ...rates, mmpDegradationPerH: 0.05, crossLinkHalfTimeH: 1e12 }, 1);
    expect(m.collagenIII[i]).toBeCloseTo(total, 6);
  });

  it('lets MMPs cut collagen III faster than collagen I when the factor says so', () => {
    const { m, i } = dermalVoxel();
    m.deposit(i, 0.5, 0.5, 0, 0, 0, 1);
    const rates = { ...QUIET_MATRIX, mmpDegradationPerH: 0.05, collagenIIIMmpFactor: 2 };
    const newI = m.collagenI[i]! - m.crossLinkedI[i]!;
    const newIII = m.collagenIII[i]! - m.crossLinkedIII[i]!;
    m.mmp[i] = 5;
    updateMatrix(m, rates, 1);
    const lostI = 1 - (m.collagenI[i]! - m.crossLinkedI[i]!) / newI;
    const lostIII = 1 - (m.collagenIII[i]! - m.crossLinkedIII[i]!) / newIII;
    // keep = exp(−k·free) for I and exp(−2k·free) for III: III loses 1 − keep², more than I's 1 − keep.
    expect(lostIII).toBeCloseTo(1 - (1 - lostI) ** 2, 5);
    expect(lostIII).toBeGreaterThan(lostI);
  });

  it('returns an excess, and the fibre orientation, toward the resting matrix by homeostatic turnover', () => {
    const { m, i } = dermalVoxel();
    m.deposit(i, 1, 0, 0, 1, 0, 0);
    const aligned = m.alignment(i);
    const rates = { ...QUIET_MATRIX, crossLinkHalfTimeH: 100, turnoverHalfLifeH: 100 };
    for (let k = 0; k < 100; k++) updateMatrix(m, rates, 10);
    expect(m.total(i)).toBeCloseTo(BASELINE_COLLAGEN_I + BASELINE_COLLAGEN_III, 2);
    expect(m.alignment(i)).toBeLessThan(aligned);
    expect(m.alignment(i)).toBeCloseTo(0.1, 2);
  });

  it('assembles only part of the tropoelastin into elastin; proteases cut mature elastin', () => {
    const { m, i } = dermalVoxel();
    const e0 = m.elastin[i]!;
    m.deposit(i, 0, 0, 0.1, 0, 0, 1);
    const rates = { ...QUIET_MATRIX, crossLinkHalfTimeH: 100, elastinAssemblyHalfTimeH: 10 };
    for (let k = 0; k < 50; k++) updateMatrix(m, rates, 10);
    expect(m.tropoelastin[i]).toBeLessThan(1e-6);
    expect(m.elastin[i]! - e0).toBeCloseTo(0.01, 4);
    m.mmp[i] = 10;
    m.timp[i] = 10;
    const before = m.elastin[i]!;
    updateMatrix(m, { ...rates, mmpDegradationPerH: 0.05 }, 1);
    expect(m.elastin[i]).toBeLessThan(before);
  });
});

describe('collagen type of new synthesis', () => {
  it('is III-rich where the tissue is sparse and the resting mix where it is crowded', () => {
    const cfg = engineConfig(params({})).fibroblast;
    expect(collagenIIIShare(cfg, 0.3)).toBeCloseTo(cfg.collagenIIIShareSparse, 6);
    expect(collagenIIIShare(cfg, 1)).toBeCloseTo(cfg.collagenIIIShareSparse, 6);
    expect(collagenIIIShare(cfg, cfg.maxDensity)).toBeCloseTo(BASELINE_COLLAGEN_III, 6);
    expect(collagenIIIShare(cfg, 5 * cfg.maxDensity)).toBeCloseTo(BASELINE_COLLAGEN_III, 6);
    const mid = collagenIIIShare(cfg, (1 + cfg.maxDensity) / 2);
    expect(mid).toBeCloseTo((cfg.collagenIIIShareSparse + BASELINE_COLLAGEN_III) / 2, 6);
  });
});

describe('matrix feedback on collagen synthesis', () => {
  it('is full in depleted or resting tissue, falls with density and stops at the capacity', () => {
    const cap = engineConfig(params({})).fibroblast.collagenCapacity;
    expect(cap).toBe(2);
    expect(synthesisFeedback(cap, 0.2)).toBe(1);
    expect(synthesisFeedback(cap, 1)).toBe(1);
    expect(synthesisFeedback(cap, 1.5)).toBeCloseTo(0.5, 9);
    expect(synthesisFeedback(cap, cap)).toBe(0);
    expect(synthesisFeedback(cap, 3 * cap)).toBe(0);
    let last = 1;
    for (let c = 1; c <= cap; c += 0.05) {
      const f = synthesisFeedback(cap, c);
      expect(f).toBeLessThanOrEqual(last);
      last = f;
    }
  });

  it('keeps every voxel under its capacity at the top of the synthesis rate the app offers', () => {
    const max = PARAM_BY_ID.collagen_synthesis_rate_per_h!.max as number;
    const resolved = resolvePreset('reference', { collagen_synthesis_rate_per_h: max, quality: 'low' });
    if (!resolved.ok) throw new Error('preset');
    const sim = createSimulation(resolved.params, 1);
    sim.advanceTo(14 * 24);
    const m = sim.matrix;
    let top = 0;
    for (const v of m.dermisVoxels) top = Math.max(top, m.collagenI[v]! + m.collagenIII[v]!);
    expect(top).toBeGreaterThan(1.5);
    expect(top).toBeLessThanOrEqual(sim.config.fibroblast.collagenCapacity + 1e-6);
  });
});

describe('multi-rate field stepping', () => {
  function setUp(cadence: number) {
    const grid = createGrid(8, 8, 8, 20);
    const fields = new FieldSet(grid, [
      { id: 'a', label: 'a', unit: '', diffusionUm2PerH: 400, decayPerH: 0, source: '' },
    ]);
    const solver = new DiffusionSolver(fields);
    solver.cadence[0] = cadence;
    return { fields, solver };
  }

  it('delivers the same amount of a source whatever the cadence (sources accumulate as per-step rates)', () => {
    const totals = [1, 5].map((cadence) => {
      const { fields, solver } = setUp(cadence);
      for (let step = 0; step < 20; step++) {
        fields.sources[0]![100]! += 3; // 3 units/h every 0.1-h step
        solver.stepMultiRate(0.1, step);
      }
      return fields.values[0]!.reduce((a, b) => a + b, 0);
    });
    expect(totals[0]).toBeCloseTo(6, 4); // 3/h × 2 h, no decay, zero-flux walls
    expect(totals[1]).toBeCloseTo(totals[0]!, 4);
  });

  it('sleeps while a field is empty and unfed, and wakes on the first source', () => {
    const { fields, solver } = setUp(1);
    solver.stepMultiRate(0.1, 0);
    expect(solver.dormant[0]).toBe(1);
    fields.sources[0]![5] = 1;
    solver.stepMultiRate(0.1, 1);
    expect(solver.dormant[0]).toBe(0);
    expect(fields.values[0]!.some((v) => v > 0)).toBe(true);
  });
});

describe('agent kind counts', () => {
  it('follow spawn, kill, kind changes and recounts', () => {
    const a = new AgentStore(10);
    a.spawn(CellKind.fibroblast, 0, 0, 0);
    a.spawn(CellKind.fibroblast, 0, 0, 0);
    a.spawn(CellKind.neutrophil, 0, 0, 0);
    a.setKind(0, CellKind.myofibroblast);
    a.kill(2);
    expect(a.kindCount[CellKind.fibroblast]).toBe(1);
    expect(a.kindCount[CellKind.myofibroblast]).toBe(1);
    expect(a.kindCount[CellKind.neutrophil]).toBe(0);
    const copy = Int32Array.from(a.kindCount);
    a.recount();
    expect(Array.from(a.kindCount)).toEqual(Array.from(copy));
  });
});

describe('phase classifier', () => {
  const quiet = {
    sessionsDone: 1,
    aggregatingPlatelets: 0,
    neutrophils: 0,
    m1: 0,
    m2: 0,
    necroticVoxels: 0,
    openedVoxels: 100,
    repairCells: 0,
    lineageCells: 1000,
  };
  const phase = (s: Partial<typeof quiet>) => PHASES[classifyPhase({ ...quiet, ...s })];

  it('names the dominant process from the cell populations', () => {
    expect(phase({ sessionsDone: 0 })).toBe('baseline');
    expect(phase({ aggregatingPlatelets: 3 })).toBe('hemostasis');
    expect(phase({ neutrophils: 500, m2: 100 })).toBe('inflammation');
    expect(phase({ necroticVoxels: 50 })).toBe('inflammation');
    expect(phase({ neutrophils: 50, m2: 300 })).toBe('proliferation');
    expect(phase({ repairCells: 200 })).toBe('proliferation');
    expect(phase({ repairCells: 10, neutrophils: 5 })).toBe('remodeling');
  });
});

describe('keratinocytes and barrier', () => {
  it('re-cover every opening within a day and the barrier falls, then recovers; slower sheets take longer', () => {
    const times = [5, 2.5].map((speed) => {
      const sim = createSimulation(params({ keratinocyte_sheet_speed_um_h: speed }), 4);
      sim.advanceTo(30);
      const m = sim.metrics() as Record<string, number[]>;
      expect(m.barrier![1]!).toBeLessThan(0.8);
      expect(m.barrier![30]!).toBeGreaterThan(m.barrier![1]!);
      return m.reepithelialisation!.findIndex((v, h) => h > 0 && v >= 1);
    });
    expect(times[0]).toBeGreaterThan(0);
    expect(times[0]).toBeLessThanOrEqual(24);
    // Half the speed: the rings need about twice as long (same openings).
    expect(times[1]! / times[0]!).toBeGreaterThan(1.5);
  });
});

describe('topical serum', () => {
  it('delivers exactly nothing without a serum, something with one, and less when applied a day later', () => {
    const delivered = (overrides: Record<string, unknown>) => {
      const sim = createSimulation(params({ ...overrides }), 2);
      sim.advanceTo(30);
      return Math.max(...(sim.metrics().topical_delivered as number[]));
    };
    expect(delivered({})).toBe(0);
    const early = delivered({ topical: 'vitamin-c', topical_time_h: 0 });
    const late = delivered({ topical: 'vitamin-c', topical_time_h: 24 });
    expect(early).toBeGreaterThan(0);
    expect(late).toBeGreaterThan(0);
    expect(late).toBeLessThan(early);
  });

  it('goes deeper with a longer needle only modestly, and PRP feeds the growth-factor fields', () => {
    const reach = (lengthMm: number) => {
      const sim = createSimulation(params({ topical: 'vitamin-c', needle_length_mm: lengthMm }), 2);
      sim.advanceTo(3);
      return Math.max(...(sim.metrics().topical_depth_um as number[]));
    };
    const shallow = reach(0.5);
    const deep = reach(2);
    expect(shallow).toBeGreaterThan(0);
    expect(deep).toBeGreaterThanOrEqual(shallow);
    // Far from linear: the ink study saw +0.06 mm per +1 mm (D3 checks the slope).
    expect(deep - shallow).toBeLessThan(0.5 * 1500);
    expect(engineConfig(params({ topical: 'prp' })).topicalGrowthFactor.pdgfPerH).toBeGreaterThan(0);
    expect(engineConfig(params({ topical: 'vitamin-c' })).topicalGrowthFactor.pdgfPerH).toBe(0);
  });

  it('continues bit-identically from a checkpoint taken while the film is on the skin', () => {
    const p = params({ topical: 'prp', sessions: 2, interval_days: 1, topical_film_contact_h: 2 });
    const straight = createSimulation(p, 9);
    straight.advanceTo(27);
    const first = createSimulation(p, 9);
    first.advanceTo(24.5);
    const checkpoint = first.checkpoint();
    const resumed = createSimulation(p, 9);
    resumed.restore(checkpoint);
    resumed.advanceTo(27);
    // The serum's own metrics (alignment_tz drifts by ~1e-11 after a restore at these times, also before this
    // change: reported separately).
    for (const key of ['topical_delivered', 'topical_depth_um', 'pigment_risk']) {
      expect(resumed.metrics()[key], key).toEqual(straight.metrics()[key]);
    }
    expect(Array.from(resumed.fields.values[resumed.fTopical]!)).toEqual(
      Array.from(straight.fields.values[straight.fTopical]!),
    );
  });
});

describe('patient factors change rates, not scripts', () => {
  it('act on mechanisms: synthesis and division with age, oxygen and recruitment in smokers, vessels in diabetes', () => {
    const base = engineConfig(params());
    const old = engineConfig(params({ age_years: 80 }));
    expect(old.fibroblast.collagenFactor).toBeCloseTo(1 - PARAM_BY_ID.age_procollagen_reduction_80.default, 6);
    expect(old.fibroblast.doublingTimeH).toBeGreaterThan(base.fibroblast.doublingTimeH);
    expect(old.keratinocyte.sheetSpeedUmPerH).toBeLessThan(base.keratinocyte.sheetSpeedUmPerH);
    const smoker = engineConfig(params({ smoker: true }));
    // Smoking no longer multiplies collagen output: it lowers tissue oxygen, which synthesis needs.
    expect(smoker.fibroblast.collagenFactor).toBe(base.fibroblast.collagenFactor);
    expect(base.oxygenSupplyLevel).toBe(1);
    expect(smoker.oxygenSupplyLevel).toBeCloseTo(PARAM_BY_ID.smoker_tissue_oxygen_factor.default, 6);
    expect(smoker.oxygenSupplyLevel).toBeLessThan(1);
    expect(smoker.macrophage.recruitmentPerH).toBeLessThan(base.macrophage.recruitmentPerH);
    expect(engineConfig(params({ keloid_tendency: true })).fibroblast.collagenFactor).toBeGreaterThan(1);
    const diabetic = engineConfig(params({ diabetes: true }));
    expect(diabetic.macrophage.m1ChemokinePerH).toBeGreaterThan(base.macrophage.m1ChemokinePerH);
    expect(diabetic.vessels.sproutingResponse).toBeLessThan(base.vessels.sproutingResponse);
    expect(diabetic.macrophage.efferocytosisPerH).toBeLessThan(base.macrophage.efferocytosisPerH);
    // VEGF production is untouched: diabetes blunts the vessels' response to it.
    expect(diabetic.macrophage.m2VegfPerH).toBe(base.macrophage.m2VegfPerH);
    expect(engineConfig(params({ fitzpatrick: 6 })).pigment.hazardPerSignalH).toBeGreaterThan(
      4 * engineConfig(params({ fitzpatrick: 1 })).pigment.hazardPerSignalH,
    );
  });
});

describe('metrics contract', () => {
  it('records every TARGETS.md key hourly with finite values, and the phase emerges from the cells', () => {
    const sim = createSimulation(params(), 3);
    sim.advanceTo(48);
    const m = sim.metrics();
    for (const key of CONTRACT_KEYS) {
      expect(m[key], key).toHaveLength(49);
      if (key !== 'phase') for (const v of m[key] as number[]) expect(Number.isFinite(v), key).toBe(true);
    }
    const phases = new Set(m.phase as string[]);
    // t = 0 is the moment right after needling: bleeding channels (haemostasis), then inflammation.
    expect(m.phase![0]).toBe('hemostasis');
    expect(phases.has('inflammation')).toBe(true);
  });

  it('shows haemostasis for as long as bleeding lasts, between hourly samples', () => {
    // Bleeding for 9 min (the slow end of the 2–9 min clinical range) outlasts the first 6-min step...
    const slow = createSimulation(params({ hemostasis_time_min: 9 }), 3);
    expect(slow.phase()).toBe('hemostasis');
    slow.advanceTo(0.1);
    expect(slow.phase()).toBe('hemostasis');
    slow.advanceTo(1);
    expect(slow.phase()).toBe('inflammation');
    // ...while the default 5 min is over by the end of it.
    const quick = createSimulation(params(), 3);
    expect(quick.phase()).toBe('hemostasis');
    quick.advanceTo(0.1);
    expect(quick.phase()).toBe('inflammation');
  });
});
