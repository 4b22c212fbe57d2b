/**
 * Colour bar of the heat-map overlay (bottom-right of the stage): the field's name, the viridis ramp the slice
 * uses (same table), tick labels (decades on a log scale) with the unit, and a "log scale" note. Hidden when no
 * overlay is shown. The bar and its ticks run left to right in every language (dir="ltr", like the charts); the
 * words around them follow the page.
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { OverlayInfo } from '../../workers/protocol';
import { numberLocale } from '../i18n';
import { lutCss, scalePosition } from '../look/colormap';
import type { SimClient } from '../sim/simClient';
import { useViewStore } from '../state/viewStore';
import { fieldLabel, fieldUnit } from './fieldText';
import './ColorScale.css';

/** Colour stops in the CSS gradient: enough that the bar is indistinguishable from the 256-entry table. */
const GRADIENT_STOPS = 16;

const SUPERSCRIPT: Record<string, string> = {
  '-': '⁻',
  '0': '⁰',
  '1': '¹',
  '2': '²',
  '3': '³',
  '4': '⁴',
  '5': '⁵',
  '6': '⁶',
  '7': '⁷',
  '8': '⁸',
  '9': '⁹',
};

/** Plain decimals in the active locale ("1.5", "1,5"), no digit grouping (as String(n) writes them in English). */
const decimalFormats = new Map<string, Intl.NumberFormat>();
function decimal(v: number): string {
  const locale = numberLocale();
  let format = decimalFormats.get(locale);
  if (!format) {
    // Enough fraction digits for 3 significant ones down to 0.01 (0.0123); the values come rounded already.
    format = new Intl.NumberFormat(locale, { useGrouping: false, maximumFractionDigits: 6 });
    decimalFormats.set(locale, format);
  }
  return format.format(v);
}

/** 0.002 → "2×10⁻³", 0.01 → "0.01", 1.5 → "1.5": powers of ten where plain decimals would be long. */
export function formatScaleValue(v: number): string {
  if (v === 0) return '0';
  const exponent = Math.floor(Math.log10(Math.abs(v)) + 1e-9);
  if (exponent >= -2 && exponent <= 3) return decimal(Number(v.toPrecision(3)));
  const mantissa = Number((v / 10 ** exponent).toPrecision(2));
  const power = powerOfTen(exponent);
  return mantissa === 1 ? power : `${decimal(mantissa)}×${power}`;
}

/** Decade labels of one bar, all in one style: plain decimals when they are all short, else powers of ten. */
function decadeLabels(ticks: readonly Tick[]): string[] {
  const plain = ticks.every((t) => t.value >= 0.01 && t.value <= 1000);
  return ticks.map((t) => (plain ? formatScaleValue(t.value) : powerOfTen(Math.round(Math.log10(t.value)))));
}

function powerOfTen(exponent: number): string {
  if (exponent === 0) return '1';
  if (exponent === 1) return '10';
  return `10${String(exponent)
    .split('')
    .map((c) => SUPERSCRIPT[c] ?? c)
    .join('')}`;
}

interface Tick {
  value: number;
  /** Position along the bar, 0–1. */
  at: number;
}

/** Tick labels this close to an end of the bar align to that end rather than centre (they would overhang). */
const END_ALIGN = 0.12;

/** On a log scale every decade in the range (ends need not be decades); on a linear one min, middle, max. */
function ticksOf(o: OverlayInfo): Tick[] {
  const { min, max, log } = o.scale;
  if (!log) return [min, (min + max) / 2, max].map((value) => ({ value, at: scalePosition(value, o.scale) }));
  const ticks: Tick[] = [];
  const tolerance = 1e-9;
  for (let e = Math.ceil(Math.log10(min) - tolerance); 10 ** e <= max * (1 + tolerance); e++) {
    ticks.push({ value: 10 ** e, at: scalePosition(10 ** e, o.scale) });
  }
  return ticks;
}

export function ColorScale({ client }: { client: SimClient }) {
  const { t } = useTranslation('view');
  const overlay = useViewStore((s) => s.overlay);
  const field = client.info.overlays.find((o) => o.id === overlay);
  const gradient = useMemo(() => {
    const stops = Array.from({ length: GRADIENT_STOPS }, (_, i) => lutCss(i / (GRADIENT_STOPS - 1)));
    return `linear-gradient(to right, ${stops.join(', ')})`;
  }, []);
  if (!field) return null;
  const ticks = ticksOf(field);
  const labels = field.scale.log ? decadeLabels(ticks) : ticks.map((tick) => formatScaleValue(tick.value));
  const unit = fieldUnit(field.id, field.unit);
  const range = { min: formatScaleValue(field.scale.min), max: formatScaleValue(field.scale.max), unit };
  return (
    <figure className="color-scale" aria-labelledby="color-scale-title">
      <figcaption id="color-scale-title" className="color-scale-title">
        {fieldLabel(field.id, field.label, client.info.params.topical)}
      </figcaption>
      <div className="color-scale-bar" style={{ background: gradient }} dir="ltr" aria-hidden="true" />
      <div className="color-scale-ticks" dir="ltr">
        {ticks.map((tick, i) => (
          <span
            key={tick.value}
            className="color-scale-tick"
            style={{ insetInlineStart: `${(tick.at * 100).toFixed(1)}%` }}
            data-edge={tick.at < END_ALIGN ? 'start' : tick.at > 1 - END_ALIGN ? 'end' : undefined}
          >
            {labels[i]}
          </span>
        ))}
      </div>
      <p className="color-scale-unit">{t(field.scale.log ? 'scaleUnitLog' : 'scaleUnit', { unit })}</p>
      <p className="visually-hidden">{t(field.scale.log ? 'colourRangeLog' : 'colourRange', range)}</p>
    </figure>
  );
}
