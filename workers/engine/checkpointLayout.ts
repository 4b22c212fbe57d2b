/**
 * What a checkpoint holds: every piece of mutable simulation state, in a fixed order (checkpoint.ts writes and reads
 * the sections). Scalars are declared once, each with how to read and restore it, so a new scalar cannot be saved
 * and forgotten on restore. Derived state (spatial hash, "anything to do" flags, counts) is not saved: the
 * Simulation rebuilds it after a restore.
 */
import type { StateSection } from './checkpoint';
import type { SimState } from './state';

/** The state with its step counters writable: what the Simulation is, and what a restore writes into. */
export type WritableSimState = SimState & {
  stepIndex: number;
  sessionsDone: number;
  readonly rngNeedling: { state: Uint32Array };
};

interface ScalarDecl {
  name: string;
  get(s: WritableSimState): number;
  set(s: WritableSimState, value: number): void;
}

/** Every mutable scalar, in checkpoint order (append only: the order is the layout). */
const SCALARS: readonly ScalarDecl[] = [
  { name: 'stepIndex', get: (s) => s.stepIndex, set: (s, v) => (s.stepIndex = v) },
  { name: 'sessionsDone', get: (s) => s.sessionsDone, set: (s, v) => (s.sessionsDone = v) },
  { name: 'openedLumen', get: (s) => s.tissue.openedLumen, set: (s, v) => (s.tissue.openedLumen = v) },
  { name: 'nextAgentId', get: (s) => s.agents.nextId, set: (s, v) => (s.agents.nextId = v) },
  { name: 'deposited', get: (s) => s.matrix.deposited, set: (s, v) => (s.matrix.deposited = v) },
  { name: 'degraded', get: (s) => s.matrix.degraded, set: (s, v) => (s.matrix.degraded = v) },
  { name: 'erythema', get: (s) => s.skin.erythema, set: (s, v) => (s.skin.erythema = v) },
  {
    name: 'melanocyteActivation',
    get: (s) => s.skin.melanocyteActivation,
    set: (s, v) => (s.skin.melanocyteActivation = v),
  },
  { name: 'epidermisThickness', get: (s) => s.epidermis.thickness, set: (s, v) => (s.epidermis.thickness = v) },
  { name: 'epidermisBasalPool', get: (s) => s.epidermis.basalPool, set: (s, v) => (s.epidermis.basalPool = v) },
  {
    name: 'topicalDelivered',
    get: (s) => s.topical.deliveredNlPerCm2,
    set: (s, v) => (s.topical.deliveredNlPerCm2 = v),
  },
  { name: 'topicalReach', get: (s) => s.topical.reachUm, set: (s, v) => (s.topical.reachUm = v) },
  { name: 'topicalFilm', get: (s) => s.topical.filmVoxels, set: (s, v) => (s.topical.filmVoxels = v) },
];

/** Sections in checkpoint order; the first is the scalars (restoreScalars reads it back). */
export function stateSections(sim: WritableSimState): StateSection[] {
  const scalars = new Float64Array(SCALARS.length);
  const a = sim.agents;
  const c = sim.channels;
  const m = sim.series;
  const sections: StateSection[] = [
    {
      name: 'scalars',
      array: scalars,
      used: () => {
        for (let k = 0; k < SCALARS.length; k++) scalars[k] = SCALARS[k]!.get(sim);
        return scalars.length;
      },
      setUsed: () => undefined,
    },
    { name: 'rng.placement', array: sim.rngPlacement.state },
    { name: 'rng.needling', array: sim.rngNeedling.state },
    { name: 'rng.motility', array: sim.rngMotility.state },
    { name: 'rng.immune', array: sim.rngImmune.state },
    { name: 'rng.condition', array: sim.condition.rng.state },
    { name: 'tissue.damage', array: sim.tissue.damage, trimZeros: true },
    { name: 'tissue.lumen', array: sim.tissue.lumen, trimZeros: true },
    { name: 'tissue.lumenRadius', array: sim.tissue.lumenRadiusUm, trimZeros: true },
    { name: 'vessels.density', array: sim.vessels.density },
    { name: 'density.cells', array: sim.fibroblastDensity.cells },
    { name: 'solver.dormant', array: sim.solver.dormant },
  ];
  const mx = sim.matrix;
  for (const [name, arr] of Object.entries({
    collagenI: mx.collagenI,
    collagenIII: mx.collagenIII,
    crossLinkedI: mx.crossLinkedI,
    crossLinkedIII: mx.crossLinkedIII,
    elastin: mx.elastin,
    tropoelastin: mx.tropoelastin,
    qxx: mx.qxx,
    qyy: mx.qyy,
    qzz: mx.qzz,
    qxy: mx.qxy,
    qxz: mx.qxz,
    qyz: mx.qyz,
    mmp: mx.mmp,
    timp: mx.timp,
    treatedZone: mx.treatedZone,
    alignmentCache: mx.alignmentCache,
    alignmentStale: mx.alignmentStale,
  })) {
    sections.push({ name: `matrix.${name}`, array: arr, trimZeros: true });
  }
  // Fields and their pending sources (slow fields accumulate sources over several steps between solves).
  sim.fields.values.forEach((v, f) =>
    sections.push({ name: `field.${sim.fields.specs[f]!.id}`, array: v, trimZeros: true }),
  );
  sim.fields.sources.forEach((v, f) =>
    sections.push({ name: `source.${sim.fields.specs[f]!.id}`, array: v, trimZeros: true }),
  );
  // Uptake rates are set by the perfusion system (every 5 h) and used until its next run.
  sim.fields.uptake.forEach((v, f) => {
    if (v !== null) sections.push({ name: `uptake.${sim.fields.specs[f]!.id}`, array: v });
  });
  const agentCount = { used: () => a.count, setUsed: (n: number) => (a.count = n) };
  sections.push({ name: 'agents.id', array: a.id, ...agentCount });
  sections.push({ name: 'agents.kind', array: a.kind, ...agentCount });
  sections.push({ name: 'agents.state', array: a.state, ...agentCount });
  a.floatArrays.forEach((arr, k) => sections.push({ name: `agents.f${k}`, array: arr, ...agentCount }));
  const channelCount = { used: () => c.count, setUsed: (n: number) => (c.count = n) };
  for (const [name, arr] of Object.entries({
    x: c.x,
    y: c.y,
    depth: c.depthUm,
    rTop: c.surfaceRadiusUm,
    rTip: c.tipRadiusUm,
    madeAt: c.madeAtH,
    session: c.session,
    bleeding: c.bleeding,
    layer: c.deepestLayer,
  })) {
    sections.push({ name: `channels.${name}`, array: arr, ...channelCount });
  }
  const ep = sim.epidermis;
  for (const [name, arr] of Object.entries({
    opening: ep.openingUm,
    front: ep.frontUm,
    coveredAt: ep.coveredAtH,
    barrier: ep.barrierDeficit,
    restored: ep.restored,
  })) {
    sections.push({ name: `epidermis.${name}`, array: arr, ...channelCount });
  }
  // The condition's own state, as its module registered it while building the block (conditions/conditionState.ts).
  for (const c of sim.condition.arrays) {
    sections.push({ name: `condition.${c.name}`, array: c.array, trimZeros: c.trimZeros });
  }
  m.defs.forEach((d, k) =>
    sections.push({
      name: `metrics.${d.key}`,
      get array() {
        return m.storage().columns[k]!;
      },
      used: () => m.length,
      reserve: (n) => m.reserve(n),
      setUsed: (n) => (m.length = n),
    }),
  );
  sections.push({
    name: 'metrics.phase',
    get array() {
      return m.storage().phases;
    },
    used: () => m.length,
    reserve: (n) => m.reserve(n),
    setUsed: (n) => (m.length = n),
  });
  return sections;
}

/** Writes the scalars a restore read (the first section) back into the state. */
export function restoreScalars(sim: WritableSimState, sections: readonly StateSection[]): void {
  const scalars = sections[0]!.array;
  for (let k = 0; k < SCALARS.length; k++) SCALARS[k]!.set(sim, scalars[k]!);
}
