/** A titled group of parameter controls (e.g. "Sessions"); renders nothing when none of its controls apply. */
import type { ReactNode } from 'react';
import { useId } from 'react';
import type { ParamId } from '../../../workers/protocol';
import { ParamControl } from './ParamControl';
import type { ControlPropsFor } from './useControlProps';

export interface ParamSectionProps {
  title: string;
  ids: readonly ParamId[];
  controlProps: ControlPropsFor;
  /** Shown after the controls (e.g. the device's density details). */
  children?: ReactNode;
}

export function ParamSection({ title, ids, controlProps, children }: ParamSectionProps) {
  const headingId = useId();
  if (ids.length === 0 && children === undefined) return null;
  return (
    <section className="param-section" aria-labelledby={headingId}>
      <h3 id={headingId}>{title}</h3>
      {ids.map((id) => (
        <ParamControl key={id} {...controlProps(id)} />
      ))}
      {children}
    </section>
  );
}
