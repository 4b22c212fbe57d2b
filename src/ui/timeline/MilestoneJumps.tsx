/** Buttons that jump model time to a milestone (by mode: milestones.ts), through the scrubber's seek queue. */
import { useScenarioStore } from '../../state/scenarioStore';
import { milestonesFor } from './milestones';
import { TIMELINE_TEXT } from './timelineText';

export function MilestoneJumps({ endH, onJump }: { endH: number; onJump: (hours: number) => void }) {
  const mode = useScenarioStore((s) => s.mode);
  return (
    <div className="tl-jumps" role="group" aria-label={TIMELINE_TEXT.jumpLabel}>
      {milestonesFor(mode, endH).map((m) => (
        <button key={m.label} type="button" onClick={() => onJump(m.hours)}>
          {m.label}
        </button>
      ))}
    </div>
  );
}
