/** One setting as a group of radio buttons (fieldset + legend), with a line saying what is in effect now. */
import { useId } from 'react';

export interface Choice<T extends string> {
  value: T;
  label: string;
}

export function ChoiceGroup<T extends string>(props: {
  legend: string;
  choices: readonly Choice<T>[];
  value: T;
  onChange(value: T): void;
  hint: string;
}) {
  const name = useId();
  const hintId = `${name}-hint`;
  return (
    <fieldset className="a11y-choices" aria-describedby={hintId}>
      <legend>{props.legend}</legend>
      <div className="a11y-choice-row">
        {props.choices.map((c) => (
          <label key={c.value} className="a11y-choice">
            <input
              type="radio"
              name={name}
              value={c.value}
              checked={props.value === c.value}
              onChange={() => props.onChange(c.value)}
            />
            <span>{c.label}</span>
          </label>
        ))}
      </div>
      <p id={hintId} className="a11y-hint">
        {props.hint}
      </p>
    </fieldset>
  );
}
