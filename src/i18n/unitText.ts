/**
 * Units as people read them. Symbols (mm, h, µm, cells/mm²) are the same in every language and stay as the schema
 * writes them; units that are words ("days", "needles", "× resting") are translated (namespace panels, units.*).
 */
import { t } from './i18n';

/** Schema units that contain words → their key under panels:units. Any other unit is shown as written. */
const WORD_UNITS: Readonly<Record<string, string>> = {
  days: 'days',
  years: 'years',
  needles: 'needles',
  relative: 'relative',
  'relative/h': 'relativePerH',
  signal: 'signal',
  'signal/h': 'signalPerH',
  'signal/h per damaged voxel': 'signalPerHPerDamagedVoxel',
  '× resting': 'timesResting',
  'damage fraction/h': 'damageFractionPerH',
  '1/h per cell': 'perHPerCell',
  '1/h per macrophage': 'perHPerMacrophage',
  'mm² per mm of channel': 'mm2PerMmOfChannel',
  'cells/h per (signal · mm³ perfused dermis)': 'cellsPerHPerSignalPerfused',
  '1/(signal · h)': 'perSignalH',
};

export function unitText(unit: string): string {
  const key = WORD_UNITS[unit];
  return key === undefined ? unit : t(`panels:units.${key}`, { defaultValue: unit });
}

/** A value and its unit ("1.5 mm", "28 días"); the value alone where the unit is empty. */
export function withUnit(value: string, unit: string): string {
  return unit === '' ? value : t('panels:value.withUnit', { value, unit: unitText(unit) });
}
