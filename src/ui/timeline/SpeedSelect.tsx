/**
 * Playback speed, model time per wall-clock second (SPEEDS_H_PER_S). Speed changes how many fixed model steps run
 * per second, never the step, so results do not depend on it. Reduced motion does not slow it: that setting is
 * about animation, not the model.
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { SimClient } from '../../sim/simClient';
import { SPEEDS_H_PER_S, useScenarioStore } from '../../state/scenarioStore';
import { speedLabel } from './timelineText';

export function SpeedSelect({ client }: { client: SimClient }) {
  const { t } = useTranslation('timeline');
  const id = useId();
  const speed = useScenarioStore((s) => s.speed);
  const setSpeed = useScenarioStore((s) => s.setSpeed);
  // A speed from a link that is not one of the offered ones stays selectable as it is.
  const speeds = SPEEDS_H_PER_S.includes(speed) ? SPEEDS_H_PER_S : [...SPEEDS_H_PER_S, speed].sort((a, b) => a - b);
  return (
    <div className="tl-speed">
      <label htmlFor={id}>{t('speedLabel')}</label>
      <select
        id={id}
        value={speed}
        onChange={(e) => {
          const next = Number(e.currentTarget.value);
          setSpeed(next);
          void client.api.setSpeed(next).catch(() => undefined);
        }}
      >
        {speeds.map((s) => (
          <option key={s} value={s}>
            {speedLabel(s)}
          </option>
        ))}
      </select>
    </div>
  );
}
