/**
 * One parameter's control, generated from its schema entry: the label, a "?" disclosure with the schema's
 * description, the input for its kind (slider + exact field, buttons or select, switch), and the educator lock —
 * a toggle in educator mode, a read-only "Set by your teacher" control in the other modes. The value comes from
 * the store (the side's resolved parameters) and every change is written straight back to it.
 */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { getParamDef, parseParamValue } from '../../../workers/protocol';
import type { ParamId, ParamValue } from '../../../workers/protocol';
import { paramDescription, paramLabel } from '../../i18n/modelLabels';
import type { Side } from '../../state/scenarioStore';
import { BooleanSwitch } from './BooleanSwitch';
import { EnumInput } from './EnumInput';
import { LockIcon } from './LockIcon';
import { NumberInput } from './NumberInput';
import { toggleLock, writeParam } from './paramWrite';

/** How the educator lock applies to this control. */
export type LockState = 'none' | 'read-only' | 'toggle';

export interface ParamControlProps {
  id: ParamId;
  value: ParamValue;
  side: Side;
  /** 'read-only': locked by an educator (patient/student modes); 'toggle': educator mode, may lock it. */
  lock: LockState;
  /** Whether the id is in the store's locked list (shown by the toggle). */
  locked: boolean;
  /** A short marker after the label ("changed", "A: 1.5 mm"). */
  badge?: string;
}

export function ParamControl({ id, value, side, lock, locked, badge }: ParamControlProps) {
  const { t } = useTranslation('panels');
  const def = getParamDef(id)!;
  const label = paramLabel(def);
  const labelId = useId();
  const helpId = useId();
  const lockedId = useId();
  const [helpOpen, setHelpOpen] = useState(false);
  const readOnly = lock === 'read-only';
  const describedBy = readOnly ? lockedId : undefined;
  const onChange = (next: ParamValue) => writeParam(side, id, next);
  // Enum options arrive as plain strings; the schema check turns one into the parameter's own type.
  const onOption = (text: string) => {
    const parsed = parseParamValue(id, text);
    if (parsed.ok) onChange(parsed.value);
  };

  return (
    <div className="param" data-param={id} data-side={side}>
      <div className="param-head">
        {def.kind === 'boolean' ? (
          <BooleanSwitch
            label={label}
            checked={value === true}
            disabled={readOnly}
            labelId={labelId}
            describedBy={describedBy}
            onChange={onChange}
          />
        ) : (
          <span className="param-label" id={labelId}>
            {label}
          </span>
        )}
        {badge !== undefined && <span className="param-badge">{badge}</span>}
        <button
          type="button"
          className="param-help-toggle"
          aria-expanded={helpOpen}
          aria-controls={helpId}
          aria-label={t('control.help', { label })}
          onClick={() => setHelpOpen((open) => !open)}
        >
          <span aria-hidden="true">?</span>
        </button>
        {lock === 'toggle' && (
          <button
            type="button"
            className="param-lock-toggle"
            aria-pressed={locked}
            aria-label={t('control.lock', { label })}
            onClick={() => toggleLock(id)}
          >
            <LockIcon open={!locked} />
          </button>
        )}
      </div>
      {readOnly && (
        <p className="param-locked" id={lockedId}>
          <LockIcon /> {t('control.lockedNote')}
        </p>
      )}
      <p className="param-help" id={helpId} hidden={!helpOpen}>
        {paramDescription(def)}
      </p>
      {(def.kind === 'number' || def.kind === 'integer') && (
        <NumberInput
          def={def}
          value={Number(value)}
          disabled={readOnly}
          labelId={labelId}
          describedBy={describedBy}
          onChange={onChange}
        />
      )}
      {def.kind === 'enum' && (
        <EnumInput
          def={def}
          value={String(value)}
          disabled={readOnly}
          labelId={labelId}
          describedBy={describedBy}
          onChange={onOption}
        />
      )}
    </div>
  );
}
