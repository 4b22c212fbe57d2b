/** Buttons that jump model time to a milestone (by mode: milestones.ts), through the scrubber's seek queue. */
import { useTranslation } from 'react-i18next';
import { useScenarioStore } from '../../state/scenarioStore';
import { milestonesFor } from './milestones';

export function MilestoneJumps({ endH, onJump }: { endH: number; onJump: (hours: number) => void }) {
  const { t } = useTranslation('timeline');
  const mode = useScenarioStore((s) => s.mode);
  return (
    <div className="tl-jumps" role="group" aria-label={t('jumpLabel')}>
      {milestonesFor(mode, endH).map((m) => (
        <button key={m.hours} type="button" onClick={() => onJump(m.hours)}>
          {m.label}
        </button>
      ))}
    </div>
  );
}
