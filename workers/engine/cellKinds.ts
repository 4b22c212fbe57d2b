/**
 * Cell-type codes stored in AgentStore.kind. Append new kinds; never renumber (checkpoints and the renderer's
 * colour table use the codes).
 */
export const CellKind = {
  fibroblast: 0,
  neutrophil: 1,
  macrophage: 2,
  keratinocyte: 3,
  myofibroblast: 4,
  platelet: 5,
  endothelialTip: 6,
} as const;
export type CellKindCode = (typeof CellKind)[keyof typeof CellKind];

export const CELL_KIND_NAMES: Record<CellKindCode, string> = {
  0: 'fibroblast',
  1: 'neutrophil',
  2: 'macrophage',
  3: 'keratinocyte',
  4: 'myofibroblast',
  5: 'platelet',
  6: 'endothelial tip cell',
};
