/**
 * Explains one agent in plain words: what it is, what it is doing now and which rule of the model makes it do
 * that (the rules are the ones in cells/*.ts and docs/model.md). Read-only: used by the info panel when a user
 * taps a cell.
 */
import { voxelOf } from './agents';
import { CELL_KIND_NAMES, CellKind } from './cellKinds';
import type { CellKindCode } from './cellKinds';
import { FibroblastState } from './cells/fibroblasts';
import { KeratinocyteState } from './cells/keratinocytes';
import { MacrophageState } from './cells/macrophages';
import { NeutrophilState } from './cells/neutrophils';
import { PlateletState } from './cells/platelets';
import { LAYER_NAMES } from './geometry';
import type { Simulation } from './simulation';
import { SUBLETHAL_DAMAGE } from './tissue';

export interface CellExplanation {
  id: number;
  kind: number;
  kindName: string;
  state: number;
  stateName: string;
  positionUm: { x: number; y: number; z: number };
  layerName: string;
  doing: string;
  why: string;
  signals: { id: string; label: string; value: number; unit: string }[];
}

/** Local level above which a signal is called "high" in the explanation (relative units, ~the recruitment knee). */
const HIGH_SIGNAL = 0.5;

function hours(h: number): string {
  return h < 48 ? `${h.toFixed(h < 10 ? 1 : 0)} h` : `${(h / 24).toFixed(1)} days`;
}

export function explainCell(sim: Simulation, id: number): CellExplanation | null {
  const a = sim.agents;
  let i = -1;
  for (let k = 0; k < a.count; k++) {
    if (a.id[k] === id) {
      i = k;
      break;
    }
  }
  if (i < 0) return null;
  const g = sim.geometry.grid;
  const voxel = voxelOf(a, i, 1 / g.dxUm, g.nx, g.ny, g.nz);
  const f = sim.fields;
  const signals = (['chemokine', 'tgf_beta', 'pdgf', 'vegf', 'oxygen'] as const).map((fieldId) => {
    const index = f.fieldIndex(fieldId);
    const spec = f.specs[index]!;
    return { id: fieldId, label: spec.label, value: f.values[index]![voxel]!, unit: spec.unit };
  });
  const level = (fieldId: string) => signals.find((s) => s.id === fieldId)!.value;
  const damage = sim.tissue.damage[voxel]!;
  const kind = a.kind[i]! as CellKindCode;
  const state = a.state[i]!;
  const age = a.ageH[i]!;
  let stateName = '';
  let doing = '';
  let why = '';
  switch (kind) {
    case CellKind.neutrophil:
      if (state === NeutrophilState.apoptotic) {
        stateName = 'apoptotic';
        doing = `It has died by apoptosis (${hours(a.a1[i]!)} ago) and waits to be eaten by a macrophage.`;
        why =
          'Neutrophils live about a day in tissue. Eaten in time, their remains tell macrophages to calm down; ' +
          'left too long they burst and injure the tissue nearby.';
      } else {
        stateName = 'live';
        doing =
          damage > SUBLETHAL_DAMAGE
            ? 'It is eating dead tissue (debris) where it stands.'
            : 'It is crawling up the injury-signal gradient toward the wound.';
        why =
          `Injured tissue releases a chemical alarm (chemokine here: ${level('chemokine').toFixed(2)}). ` +
          'Neutrophils leave the capillaries where it is high and follow it to the damage.';
      }
      break;
    case CellKind.macrophage:
      if (state === MacrophageState.monocyte) {
        stateName = 'monocyte';
        doing = `A monocyte that arrived ${hours(age)} ago; it is maturing into a macrophage.`;
        why = 'Monocytes follow the same alarm signal as neutrophils but arrive later and mature for about a day.';
      } else if (state === MacrophageState.m1) {
        stateName = 'M1 (pro-inflammatory)';
        doing = 'It is clearing debris and dead neutrophils, and keeping the inflammation going.';
        why =
          'Fresh macrophages start in the M1 state. Eating dead neutrophils releases TGF-β ' +
          `(here ${level('tgf_beta').toFixed(2)}), which pushes them toward the reparative M2 state.`;
      } else {
        stateName = 'M2 (reparative)';
        doing = 'It is releasing growth factors (TGF-β, PDGF, VEGF) that wake fibroblasts and grow new vessels.';
        why = 'After clearing the wound, macrophages switch to M2 and direct the repair.';
      }
      break;
    case CellKind.fibroblast:
    case CellKind.myofibroblast: {
      const activation = a.a0[i]!;
      if (kind === CellKind.myofibroblast) {
        stateName = 'myofibroblast';
        doing = 'It contracts the wound and lays down collagen.';
        why =
          `High TGF-β for long (here ${level('tgf_beta').toFixed(2)}) turns activated fibroblasts into ` +
          'myofibroblasts; when the signal fades they die off by apoptosis.';
      } else if (state === FibroblastState.activated) {
        const young = age < sim.config.fibroblast.collagenIIISwitchH;
        stateName = 'activated';
        doing = young
          ? 'It is dividing, migrating along the fibres and laying down new collagen — mostly type III (thin, early).'
          : 'It is laying down collagen, now mostly type I (thick, strong), along its direction of travel.';
        why =
          `PDGF (${level('pdgf').toFixed(2)}) and TGF-β (${level('tgf_beta').toFixed(2)}) from platelets and M2 ` +
          `macrophages activated it ${hours(age)} ago (activation ${(activation * 100).toFixed(0)} %). New cells ` +
          'make collagen III first and switch to collagen I over days.';
      } else {
        stateName = 'resting';
        doing = 'It is resting, slowly maintaining the collagen around it.';
        why = `Growth factors here are low (PDGF ${level('pdgf').toFixed(2)}); it wakes when they rise.`;
      }
      break;
    }
    case CellKind.keratinocyte:
      stateName = state === KeratinocyteState.arrived ? 'arrived' : 'migrating';
      doing =
        state === KeratinocyteState.arrived
          ? 'It has reached the centre of the opening; the basal layer is closing over the channel.'
          : 'It is crawling across the channel opening with its neighbours to re-cover it.';
      why = 'Epidermal cells at the edge of a wound migrate as a sheet until they meet; then the barrier reforms.';
      break;
    case CellKind.platelet:
      stateName = state === PlateletState.clot ? 'clot' : 'aggregating';
      doing =
        state === PlateletState.clot
          ? 'Part of the clot in a channel that bled; it releases PDGF and TGF-β.'
          : 'Clumping in a bleeding channel to stop the bleeding.';
      why = 'Channels that reach the capillary loops bleed; platelets plug them and release the first growth factors.';
      break;
    case CellKind.endothelialTip:
      stateName = 'sprouting';
      doing = 'It leads a new capillary sprout toward low-oxygen tissue.';
      why = `VEGF here (${level('vegf').toFixed(2)}) makes vessels sprout; oxygen here is ${level('oxygen').toFixed(2)} of normal.`;
      break;
  }
  if (damage > HIGH_SIGNAL && kind !== CellKind.neutrophil)
    why += ` The tissue here is ${(damage * 100).toFixed(0)} % damaged.`;
  const layerCode = sim.geometry.layer[voxel]!;
  return {
    id,
    kind,
    kindName: CELL_KIND_NAMES[kind] ?? `kind ${kind}`,
    state,
    stateName,
    positionUm: { x: a.x[i]!, y: a.y[i]!, z: a.z[i]! },
    layerName: LAYER_NAMES[layerCode] ?? 'tissue',
    doing,
    why,
    signals,
  };
}
