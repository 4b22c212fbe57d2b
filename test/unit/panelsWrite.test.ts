import { beforeEach, describe, expect, it } from 'vitest';
import { resolveSide, useScenarioStore } from '../../src/state/scenarioStore';
import { clearSideB, toggleLock, writeParam } from '../../src/ui/panels/paramWrite';

const store = () => useScenarioStore.getState();

describe('writing panel values to the scenario store', () => {
  beforeEach(() => {
    store().load({ preset: 'acne-scars', overrides: {}, overridesB: {}, compare: 'custom', locked: [] });
  });

  it('side A: a change is an override; setting the preset’s value back removes it', () => {
    writeParam('a', 'needle_length_mm', 2);
    expect(store().overrides).toEqual({ needle_length_mm: 2 });
    writeParam('a', 'needle_length_mm', 1.5);
    expect(store().overrides).toEqual({});
  });

  it('side B keeps only its differences from A', () => {
    writeParam('b', 'sessions', 5);
    expect(store().overridesB).toEqual({ sessions: 5 });
    const b = resolveSide(store(), 'b');
    expect(b.ok && b.params.sessions).toBe(5);
    writeParam('b', 'sessions', 3); // A's value (acne-scars: 3 sessions)
    expect(store().overridesB).toEqual({});
  });

  it('an untreated B resolves to A’s parameters (never needled is the run option, not sessions = 0)', () => {
    writeParam('a', 'needle_length_mm', 2);
    store().load({ compare: 'untreated', overridesB: { sessions: 5 } });
    const a = resolveSide(store(), 'a');
    const b = resolveSide(store(), 'b');
    expect(b.ok).toBe(true);
    expect(a.ok && b.ok && b.params).toEqual(a.ok && a.params);
  });

  it('"Same as A" clears B’s changes and leaves A’s', () => {
    writeParam('a', 'passes', 2);
    writeParam('b', 'device', 'roller');
    clearSideB();
    expect(store().overridesB).toEqual({});
    expect(store().overrides).toEqual({ passes: 2 });
  });

  it('toggles an educator lock on and off', () => {
    toggleLock('needle_length_mm');
    toggleLock('sessions');
    expect(store().locked).toEqual(['needle_length_mm', 'sessions']);
    toggleLock('needle_length_mm');
    expect(store().locked).toEqual(['sessions']);
  });
});
