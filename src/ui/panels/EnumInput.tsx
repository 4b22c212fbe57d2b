/**
 * An enum parameter: segmented buttons when its options fit in one row (device: pen / roller / stamp), a select
 * otherwise (body site, serum), so every option stays readable at 328 px of panel width. Labels are in the active
 * language (ParamControl re-renders this on a language switch).
 */
import type { ParamDef } from '../../../workers/protocol';
import { offeredOptions } from '../../../workers/protocol';
import { optionLabel } from '../../i18n/modelLabels';

type EnumDef = Extract<ParamDef, { kind: 'enum' }>;

/**
 * Most options shown as buttons: four short labels fit the 360 px side panel's content width (328 px) in one row
 * at 44 px height; longer lists (six body sites, six serums) become a select.
 */
export const SEGMENTED_MAX_OPTIONS = 4;

export interface EnumInputProps {
  def: EnumDef;
  value: string;
  disabled: boolean;
  labelId: string;
  describedBy: string | undefined;
  onChange(value: string): void;
}

export function EnumInput({ def, value, disabled, labelId, describedBy, onChange }: EnumInputProps) {
  // Options not modelled yet (conditions whose tissue is not built) are never offered: validation rejects them.
  const options = offeredOptions(def);
  if (options.length <= SEGMENTED_MAX_OPTIONS) {
    return (
      <div className="segmented param-segmented" role="group" aria-labelledby={labelId} aria-describedby={describedBy}>
        {options.map((o) => (
          <button
            key={o.value}
            type="button"
            aria-pressed={o.value === value}
            disabled={disabled}
            onClick={() => {
              if (o.value !== value) onChange(o.value);
            }}
          >
            {optionLabel(def, o.value)}
          </button>
        ))}
      </div>
    );
  }
  return (
    <select
      className="param-select"
      value={value}
      disabled={disabled}
      aria-labelledby={labelId}
      aria-describedby={describedBy}
      onChange={(e) => onChange(e.target.value)}
    >
      {options.map((o) => (
        <option key={o.value} value={o.value}>
          {optionLabel(def, o.value)}
        </option>
      ))}
    </select>
  );
}
