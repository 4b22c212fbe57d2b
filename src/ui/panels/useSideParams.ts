/**
 * The resolved, validated parameters of one side, for the panels. Subscribes to the store fields resolveSide
 * reads (each a stable reference until it changes) and resolves once per change: the values a control shows come
 * from the store at once, never from a local copy.
 */
import { useMemo } from 'react';
import { resolveSide, useScenarioStore } from '../../state/scenarioStore';
import type { Side } from '../../state/scenarioStore';

export function useSideParams(side: Side): ReturnType<typeof resolveSide> {
  const preset = useScenarioStore((s) => s.preset);
  const overrides = useScenarioStore((s) => s.overrides);
  const compare = useScenarioStore((s) => s.compare);
  const overridesB = useScenarioStore((s) => s.overridesB);
  return useMemo(
    () => resolveSide({ preset, overrides, compare, overridesB }, side),
    [preset, overrides, compare, overridesB, side],
  );
}
