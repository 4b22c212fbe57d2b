/**
 * Patient controls generated from the parameter schema: Site & skin (body site, age, skin type) and Health
 * (smoking and the conditions behind the safety notes), with the notes themselves underneath so a change shows
 * its note where it was made.
 */
import { useTranslation } from 'react-i18next';
import type { Params } from '../../../workers/protocol';
import { ParamSection } from './ParamSection';
import { sectionTitle } from './SectionTitles';
import { SafetyNotes } from './SafetyNotes';
import { PATIENT_SECTIONS, visibleIds } from './panelFields';
import { useControlProps } from './useControlProps';
import { useSideParams } from './useSideParams';
import './panels.css';

export function PatientPanel() {
  const { t } = useTranslation('panels');
  const resolved = useSideParams('a');
  if (!resolved.ok) {
    return (
      <p className="panel-error" role="alert">
        {t('invalid', { message: resolved.message })}
      </p>
    );
  }
  return <PatientControls params={resolved.params} />;
}

function PatientControls({ params }: { params: Params }) {
  useTranslation('panels'); // section titles and labels follow a language switch
  const controlProps = useControlProps('a', params, null);
  return (
    <div className="patient-panel">
      {PATIENT_SECTIONS.map((spec) => (
        <ParamSection
          key={spec.id}
          title={sectionTitle(spec.id)}
          ids={visibleIds(spec, params)}
          controlProps={controlProps}
        />
      ))}
      <SafetyNotes />
    </div>
  );
}
