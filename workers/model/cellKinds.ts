/**
 * The model's cell types, one record each, with the states an agent of that type can be in. Both threads read this
 * table: the engine stores `kind` and `state` as the codes below in its agent arrays and frames; the scene, legend,
 * narrative and info panel key their looks and words by the ids (a missing look or word fails to compile or fails
 * test/unit/declarations.test.ts).
 *
 * Codes are positions: a kind's code is its index in CELL_KINDS, a state's code its index in the kind's `states`.
 * Append new kinds and states; never reorder (checkpoints, frames and the renderer's colour tables use the codes).
 * `name` is the English name the engine uses in its own text (CLI, cell explanations); the app's words are in the
 * locale files (namespace `cells`).
 */
export const CELL_KINDS = [
  { id: 'fibroblast', name: 'fibroblast', states: ['quiescent', 'activated'] },
  { id: 'neutrophil', name: 'neutrophil', states: ['live', 'apoptotic'] },
  { id: 'macrophage', name: 'macrophage', states: ['m1', 'm2', 'monocyte'] },
  { id: 'keratinocyte', name: 'keratinocyte', states: ['migrating', 'arrived'] },
  { id: 'myofibroblast', name: 'myofibroblast', states: ['contracting'] },
  { id: 'platelet', name: 'platelet', states: ['aggregating', 'clot'] },
  { id: 'endothelialTip', name: 'endothelial tip cell', states: ['sprouting'] },
] as const;

type KindDecl = (typeof CELL_KINDS)[number];
/** A cell type's id ('fibroblast', …). */
export type CellKindId = KindDecl['id'];
/** The states of one cell type ('quiescent' | 'activated' for fibroblasts). */
export type CellStateId<K extends CellKindId> = Extract<KindDecl, { id: K }>['states'][number];

/** Index of the first element whose `id` (or value) is `V` in a readonly tuple, as a number literal type. */
type IndexOf<T extends readonly unknown[], V, Seen extends unknown[] = []> = T extends readonly [
  infer Head,
  ...infer Rest,
]
  ? (Head extends { id: infer I } ? I : Head) extends V
    ? Seen['length']
    : IndexOf<Rest, V, [...Seen, Head]>
  : never;

type KindCodes = { readonly [K in CellKindId]: IndexOf<typeof CELL_KINDS, K> };
type StateCodes = {
  readonly [K in CellKindId]: {
    readonly [S in CellStateId<K>]: IndexOf<Extract<KindDecl, { id: K }>['states'], S>;
  };
};

/** Kind codes by id: `CellKind.fibroblast` is 0. What AgentStore.kind and the frames store. */
export const CellKind = Object.freeze(Object.fromEntries(CELL_KINDS.map((k, code) => [k.id, code]))) as KindCodes;
export type CellKindCode = KindCodes[CellKindId];

/** State codes by kind and state: `CellState.macrophage.m2` is 1. What AgentStore.state and the frames store. */
export const CellState = Object.freeze(
  Object.fromEntries(
    CELL_KINDS.map((k) => [k.id, Object.freeze(Object.fromEntries(k.states.map((s, code) => [s, code])))]),
  ),
) as StateCodes;

/** Number of cell types (frames' census rows, one draw call each). */
export const CELL_KIND_COUNT = CELL_KINDS.length;
/** Most states any type has (the census' columns, the renderer's per-state uniform arrays). */
export const MAX_CELL_STATES = Math.max(...CELL_KINDS.map((k) => k.states.length));

/** The record of a kind code (`kindOf(2).id` is 'macrophage'). */
export function kindOf(code: number): KindDecl {
  const kind = CELL_KINDS[code];
  if (!kind) throw new RangeError(`unknown cell kind code ${code}`);
  return kind;
}

/** A state's id from its codes, or the kind's first state for a code it does not list. */
export function stateIdOf(kindCode: number, stateCode: number): string {
  const states: readonly string[] = kindOf(kindCode).states;
  return states[stateCode] ?? states[0]!;
}
