/** Visible titles of the panel sections (panelFields.ts), from the locale files (namespace panels, sections.*). */
import { t } from '../../i18n';
import type { SectionId } from './panelFields';

const SECTION_KEYS: Readonly<Record<SectionId, string>> = {
  device: 'device',
  density: 'density',
  sessions: 'sessions',
  serum: 'serum',
  'your-treatment': 'yourTreatment',
  'your-skin': 'yourSkin',
  site: 'site',
  health: 'health',
};

export function sectionTitle(id: SectionId): string {
  return t(`panels:sections.${SECTION_KEYS[id]}`);
}
