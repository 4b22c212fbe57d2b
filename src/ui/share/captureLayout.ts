/**
 * Where things go in the exported PNG (pure: no DOM, unit-tested): the scene panes side by side (one, or A | B
 * when comparing) with a label band above them when they are labelled, and a footer band of wrapped text lines
 * below (scenario, model time, the educational-model notice).
 */

export interface Size {
  width: number;
  height: number;
}

export interface CaptureLayoutOptions {
  /** Label band above the panes, px (0: no labels). */
  labelBand: number;
  /** Gap between panes, px. */
  gap: number;
  /** Footer lines after wrapping. */
  footerLines: number;
  lineHeight: number;
  /** Inner padding of the footer band, px. */
  padding: number;
}

export interface CaptureLayout extends Size {
  /** Top-left corner of each pane's image. */
  panes: { x: number; y: number }[];
  /** Baseline-free top of the first footer line. */
  footerTop: number;
  footerHeight: number;
}

export function layoutCapture(panes: readonly Size[], o: CaptureLayoutOptions): CaptureLayout {
  const panesHeight = panes.reduce((h, p) => Math.max(h, p.height), 0);
  let x = 0;
  const positions = panes.map((p, i) => {
    const at = { x, y: o.labelBand };
    x += p.width + (i < panes.length - 1 ? o.gap : 0);
    return at;
  });
  const footerHeight = o.footerLines > 0 ? o.footerLines * o.lineHeight + 2 * o.padding : 0;
  const panesBottom = o.labelBand + panesHeight;
  return {
    width: Math.max(1, x),
    height: Math.max(1, panesBottom + footerHeight),
    panes: positions,
    footerTop: panesBottom + o.padding,
    footerHeight,
  };
}

/**
 * Greedy word wrap to `maxWidth` as measured by `measure` (the 2D context's text width in the real capture). A word
 * longer than the line stays whole on its own line (it is clipped rather than split mid-word).
 */
export function wrapText(text: string, maxWidth: number, measure: (s: string) => number): string[] {
  const words = text.split(/\s+/).filter((w) => w !== '');
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const candidate = line === '' ? word : `${line} ${word}`;
    if (line !== '' && measure(candidate) > maxWidth) {
      lines.push(line);
      line = word;
    } else {
      line = candidate;
    }
  }
  if (line !== '') lines.push(line);
  return lines;
}
