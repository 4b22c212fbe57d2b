/** Visible titles of the panel sections (panelFields.ts), in one place for the later move to locale files. */
import type { SectionId } from './panelFields';

export const SECTION_TITLES: Readonly<Record<SectionId, string>> = {
  device: 'Device & needles',
  density: 'Needle density',
  sessions: 'Sessions',
  serum: 'Serum',
  'your-treatment': 'Device & sessions',
  'your-skin': 'Your skin',
  site: 'Site & skin',
  health: 'Health',
};
