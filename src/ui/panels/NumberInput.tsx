/**
 * A number or integer parameter: a slider over the schema's range (logarithmic where the schema says so), ± step
 * buttons and a text field for exact entry, with the unit and the allowed range. Typed text is written as soon as
 * it is valid; invalid text is never written: on Enter or leaving the field it shows what is allowed (Escape puts
 * the current value back). Numbers are shown and read in the active language (Spanish "1,5"; numberText.ts).
 */
import { useId, useState } from 'react';
import type { ChangeEvent, KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ParamDef, ParamError } from '../../../workers/protocol';
import { paramErrorText, paramLabel } from '../../i18n/modelLabels';
import { allowedText } from '../../i18n/allowedText';
import { fromSliderPosition, sliderAttributes, stepFrom, toSliderPosition } from './numberScale';
import { exactNumberText, parseNumberEntry } from '../../i18n/numberText';
import { unitText } from '../../i18n/unitText';
import { formatNumber, valueNote, valueText } from './valueText';

type NumericDef = Extract<ParamDef, { kind: 'number' | 'integer' }>;

export interface NumberInputProps {
  def: NumericDef;
  value: number;
  disabled: boolean;
  /** Id of the visible label. */
  labelId: string;
  /** Ids of text that describes the control (locked note). */
  describedBy: string | undefined;
  onChange(value: number): void;
}

export function NumberInput({ def, value, disabled, labelId, describedBy, onChange }: NumberInputProps) {
  const { t } = useTranslation('panels');
  const label = paramLabel(def);
  const unit = unitText(def.unit);
  const rangeId = useId();
  const errorId = useId();
  // Text being typed (null: not editing, the field shows the store's value) and why the typed text was refused
  // (kept as data: the message is written at render, so it follows a language switch).
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<ParamError | null>(null);
  const note = valueNote(def, value);
  const described = [describedBy, rangeId, error ? errorId : undefined].filter(Boolean).join(' ');

  const write = (next: number) => {
    setDraft(null);
    setError(null);
    if (!Object.is(next, value)) onChange(next);
  };
  const onType = (event: ChangeEvent<HTMLInputElement>) => {
    const text = event.target.value;
    setDraft(text);
    const parsed = parseNumberEntry(def.id, text);
    if (parsed.ok && typeof parsed.value === 'number') {
      setError(null);
      if (!Object.is(parsed.value, value)) onChange(parsed.value);
    }
  };
  const commit = () => {
    if (draft === null) return;
    const parsed = parseNumberEntry(def.id, draft);
    if (parsed.ok) setDraft(null);
    else setError(parsed.error);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') commit();
    else if (event.key === 'Escape' && draft !== null) {
      event.preventDefault();
      setDraft(null);
      setError(null);
    }
  };

  return (
    <div className="param-number">
      <div className="param-slider-row">
        <button
          type="button"
          className="param-step"
          aria-label={t('number.decrease', { label })}
          disabled={disabled || value <= def.min}
          onClick={() => write(stepFrom(value, -1, def))}
        >
          −
        </button>
        <input
          type="range"
          className="param-slider"
          {...sliderAttributes(def)}
          value={toSliderPosition(value, def)}
          disabled={disabled}
          aria-labelledby={labelId}
          aria-describedby={described}
          aria-valuetext={valueText(def, value)}
          onChange={(e) => write(fromSliderPosition(Number(e.target.value), def))}
        />
        <button
          type="button"
          className="param-step"
          aria-label={t('number.increase', { label })}
          disabled={disabled || value >= def.max}
          onClick={() => write(stepFrom(value, 1, def))}
        >
          +
        </button>
      </div>
      <div className="param-exact-row">
        <input
          type="text"
          inputMode="decimal"
          className="param-field"
          value={draft ?? exactNumberText(value)}
          disabled={disabled}
          aria-label={def.unit === '' ? label : t('number.fieldWithUnit', { label, unit })}
          aria-invalid={error !== null}
          aria-describedby={described}
          onChange={onType}
          onBlur={commit}
          onKeyDown={onKeyDown}
          spellCheck={false}
          autoComplete="off"
        />
        {def.unit !== '' && <span className="param-unit">{unit}</span>}
        {note !== null && <span className="param-note">{note}</span>}
        <span className="param-range" id={rangeId}>
          {t(def.unit === '' ? 'number.range' : 'number.rangeWithUnit', {
            min: formatNumber(def.min, def),
            max: formatNumber(def.max, def),
            unit,
          })}
        </span>
      </div>
      {error !== null && (
        <p className="param-error" id={errorId} role="alert">
          {t('number.invalid', { problem: paramErrorText({ ...error, allowed: allowedText(def) }) })}
        </p>
      )}
    </div>
  );
}
