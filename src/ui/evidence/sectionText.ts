/** Display names of the parameter schema's groups and sections (workers/engine/params.ts), in English for now. */
import type { ParamGroup, ParamSection } from '../../../workers/protocol';

export const GROUP_LABELS: Record<ParamGroup, string> = {
  treatment: 'Treatment (chosen by the practitioner)',
  patient: 'Patient (chosen for the person)',
  model: 'Model (how the biology works)',
};

export const SECTION_LABELS: Record<ParamSection, string> = {
  protocol: 'Protocol',
  topical: 'Topical serum',
  patient: 'Patient',
  safety: 'Safety conditions',
  device: 'Device and needles',
  channel: 'Channels',
  inflammation: 'Inflammation and immune cells',
  signals: 'Signals (growth factors, cytokines)',
  fibroblasts: 'Fibroblasts and myofibroblasts',
  matrix: 'Matrix (collagen, elastin)',
  epidermis: 'Epidermis and barrier',
  'skin-response': 'Skin response (redness, pigment)',
  vessels: 'Vessels',
  'patient-factors': 'Patient factors (age, smoking, diabetes…)',
  engine: 'Numerics',
};
