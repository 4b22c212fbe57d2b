/**
 * What every control of a panel side shares: the lock state from the mode and the educator's list, and the
 * marker after the label (side A: "changed" from the preset; side B: A's value where B differs).
 */
import { useTranslation } from 'react-i18next';
import { getParamDef } from '../../../workers/protocol';
import type { ParamId, Params } from '../../../workers/protocol';
import { useScenarioStore } from '../../state/scenarioStore';
import type { Side } from '../../state/scenarioStore';
import type { ParamControlProps } from './ParamControl';
import { valueText } from './valueText';

export type ControlPropsFor = (id: ParamId) => ParamControlProps;

/** `aParams`: side A's resolved parameters, to mark B's differences (side B only). */
export function useControlProps(side: Side, params: Params, aParams: Params | null): ControlPropsFor {
  const { t } = useTranslation('panels');
  const mode = useScenarioStore((s) => s.mode);
  const locked = useScenarioStore((s) => s.locked);
  const overrides = useScenarioStore((s) => s.overrides);
  return (id) => {
    const isLocked = locked.includes(id);
    let badge: string | undefined;
    if (side === 'b' && aParams !== null && !Object.is(aParams[id], params[id])) {
      badge = t('badge.aValue', { value: valueText(getParamDef(id)!, aParams[id]) });
    } else if (side === 'a' && mode !== 'patient' && Object.hasOwn(overrides, id)) {
      badge = t('badge.changed');
    }
    return {
      id,
      value: params[id],
      side,
      lock: mode === 'educator' ? 'toggle' : isLocked ? 'read-only' : 'none',
      locked: isLocked,
      badge,
    };
  };
}
