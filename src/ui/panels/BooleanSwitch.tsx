/**
 * A yes/no parameter as a switch: a native checkbox (keyboard, forms and screen readers for free) with the switch
 * role, its visible label beside it, the whole row a 44 px touch target.
 */
import { useViewStore } from '../../state/viewStore';

export interface BooleanSwitchProps {
  label: string;
  checked: boolean;
  disabled: boolean;
  labelId: string;
  describedBy: string | undefined;
  onChange(checked: boolean): void;
}

export function BooleanSwitch({ label, checked, disabled, labelId, describedBy, onChange }: BooleanSwitchProps) {
  // The thumb slides; with reduced motion (OS setting or the app's toggle) it jumps.
  const reducedMotion = useViewStore((s) => s.reducedMotion);
  return (
    <label className={reducedMotion ? 'param-switch no-motion' : 'param-switch'}>
      <input
        type="checkbox"
        role="switch"
        checked={checked}
        disabled={disabled}
        aria-describedby={describedBy}
        onChange={(e) => onChange(e.target.checked)}
      />
      <span className="param-switch-track" aria-hidden="true" />
      <span className="param-label" id={labelId}>
        {label}
      </span>
    </label>
  );
}
