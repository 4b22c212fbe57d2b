/**
 * Treatment controls generated from the parameter schema: the preset, then Device & needles (with the chosen
 * device's needle density), Sessions and Serum; in patient mode only device, needle length, sessions (+ interval)
 * and skin type. Side B (compare = custom) shows the same controls bound to B, marks where B differs from A and
 * offers "Same as A".
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { changedParams } from '../../../workers/protocol';
import type { Params } from '../../../workers/protocol';
import { useScenarioStore } from '../../state/scenarioStore';
import type { Side } from '../../state/scenarioStore';
import { DensityDetails } from './DensityDetails';
import { ParamSection } from './ParamSection';
import { PresetPicker } from './PresetPicker';
import { sectionTitle } from './SectionTitles';
import { clearSideB } from './paramWrite';
import { treatmentSections, visibleIds } from './panelFields';
import type { SectionSpec } from './panelFields';
import { useControlProps } from './useControlProps';
import { useSideParams } from './useSideParams';
import './panels.css';

export function TreatmentPanel({ side }: { side: Side }) {
  const { t } = useTranslation('panels');
  const resolved = useSideParams(side);
  const resolvedA = useSideParams('a');
  if (!resolved.ok) {
    return (
      <p className="panel-error" role="alert">
        {t('invalid', { message: resolved.message })}
      </p>
    );
  }
  return <TreatmentControls side={side} params={resolved.params} aParams={resolvedA.ok ? resolvedA.params : null} />;
}

function TreatmentControls({ side, params, aParams }: { side: Side; params: Params; aParams: Params | null }) {
  const { t } = useTranslation('panels');
  const mode = useScenarioStore((s) => s.mode);
  const comparing = useScenarioStore((s) => s.compare === 'custom');
  const hasOverridesB = useScenarioStore((s) => Object.keys(s.overridesB).length > 0);
  // What really differs (an entry of B's that A has since caught up with is not a difference).
  const differences = aParams ? Object.keys(changedParams(params, aParams)).length : 0;
  const headingId = useId();
  const controlProps = useControlProps(side, params, side === 'b' ? aParams : null);
  const sections = treatmentSections(mode);
  const density = sections.find((s) => s.id === 'density');
  const section = (spec: SectionSpec) => {
    if (spec.id === 'density') return null; // shown inside Device & needles
    const extra =
      spec.id === 'device' && density ? (
        <DensityDetails params={params} ids={visibleIds(density, params)} controlProps={controlProps} />
      ) : undefined;
    return (
      <ParamSection
        key={spec.id}
        title={sectionTitle(spec.id)}
        ids={visibleIds(spec, params)}
        controlProps={controlProps}
      >
        {extra}
      </ParamSection>
    );
  };

  if (side === 'b') {
    return (
      <section className="treatment-panel side-b" aria-labelledby={headingId} data-side="b">
        <h2 id={headingId}>{t('scenario.headingB')}</h2>
        <div className="side-b-summary">
          <p>{differences === 0 ? t('scenario.noDifferences') : t('scenario.differences', { count: differences })}</p>
          <button type="button" onClick={clearSideB} disabled={!hasOverridesB}>
            {t('scenario.sameAsA')}
          </button>
        </div>
        {sections.map(section)}
      </section>
    );
  }
  return (
    <section className="treatment-panel" aria-labelledby={comparing ? headingId : undefined} data-side="a">
      {comparing && <h2 id={headingId}>{t('scenario.headingA')}</h2>}
      <PresetPicker readOnly={mode === 'patient'} />
      {sections.map(section)}
    </section>
  );
}
