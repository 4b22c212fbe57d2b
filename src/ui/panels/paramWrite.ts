/**
 * Writing a control's value into the scenario store. Side A goes through setParam (which drops values equal to
 * the preset's); side B keeps only real differences from A, so "Scenario B — differences from A" and B's share
 * link list exactly what differs, and a value set back to A's disappears from B's changes.
 */
import type { ParamId, ParamValue } from '../../../workers/protocol';
import { resolveSide, useScenarioStore } from '../../state/scenarioStore';
import type { Overrides, Side } from '../../state/scenarioStore';

export function writeParam(side: Side, id: ParamId, value: ParamValue): void {
  const store = useScenarioStore.getState();
  if (side === 'a') {
    store.setParam(id, value);
    return;
  }
  const a = resolveSide(store, 'a');
  if (a.ok && Object.is(a.params[id], value)) {
    const next: Overrides = { ...store.overridesB };
    delete next[id];
    store.load({ overridesB: next });
  } else {
    store.setParamB(id, value);
  }
}

/** "Same as A": B drops all its own changes. */
export function clearSideB(): void {
  useScenarioStore.getState().load({ overridesB: {} });
}

/** Adds or removes an educator lock on a parameter. */
export function toggleLock(id: ParamId): void {
  const store = useScenarioStore.getState();
  const locked = store.locked.includes(id) ? store.locked.filter((x) => x !== id) : [...store.locked, id];
  store.setLocked(locked);
}
