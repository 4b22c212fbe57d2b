/**
 * PNG snapshot of the 3D view: copies the scene canvas (or A and B side by side when comparing, each with its label)
 * into one 2D canvas and adds a footer with the scenario, the model time and the educational-model notice, so a
 * shared image never travels without them. Works because the renderer keeps its drawing buffer
 * (`preserveDrawingBuffer` in SkinScene), so the last frame drawn is still readable here. The footer is in the page's
 * language; right-to-left text (Arabic) is drawn with the canvas's own bidi (ctx.direction) from the right edge.
 */
import { t } from '../../i18n';
import { layoutCapture, wrapText } from './captureLayout';
import { THEME } from '../../look/colors';

/** Colours of the image's bands: the app's dark theme (background, text, muted text, warning). */
const BAND_COLOR = THEME.background;
const TEXT_COLOR = THEME.text;
const NOTICE_COLOR = THEME.notice;
/** Text size in CSS px before scaling to the canvas's pixel density: readable on a phone-sized image. */
const FONT_CSS_PX = 14;
const LINE_HEIGHT = 1.4;
/** Gap between A and B, CSS px (the stage's own divider is 2 px). */
const GAP_CSS_PX = 4;
/** The system's own UI fonts (no web font: nothing is fetched), which cover Arabic on every desktop and phone OS. */
const FONT_FAMILY = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Noto Sans Arabic', sans-serif";

interface StagePane {
  canvas: HTMLCanvasElement;
  label: string | null;
}

/** The scene canvases on the stage, in reading order, with the pane's label when comparing. */
export function findStagePanes(root: ParentNode = document): StagePane[] {
  const panes: StagePane[] = [];
  for (const pane of root.querySelectorAll<HTMLElement>('.stage .stage-pane')) {
    const canvas =
      pane.querySelector<HTMLCanvasElement>('.scene-canvas canvas') ?? pane.querySelector<HTMLCanvasElement>('canvas');
    if (!canvas || canvas.width === 0 || canvas.height === 0) continue;
    const label = pane.querySelector('.stage-label')?.textContent?.trim() ?? '';
    panes.push({ canvas, label: label === '' ? null : label });
  }
  return panes;
}

export interface FooterText {
  /** Scenario and model time lines. */
  lines: string[];
  /** The educational-model notice (drawn in the warning colour). */
  notice: string;
  /** Direction of the text's language: 'rtl' draws from the right edge with right-to-left bidi. */
  dir: 'ltr' | 'rtl';
}

/** Composes the stage into one PNG. Rejects when no scene is on screen or the browser cannot encode the image. */
export async function captureStagePng(footer: FooterText, root: ParentNode = document): Promise<Blob> {
  // Right-to-left pages show A on the right (the stage mirrors): the image keeps the order the user sees.
  const inReadingOrder = findStagePanes(root);
  const panes = footer.dir === 'rtl' ? inReadingOrder.reverse() : inReadingOrder;
  const first = panes[0];
  if (!first) throw new Error(t('share:png.noView'));
  // Device pixels per CSS pixel of the scene: text and gaps scale with it so the footer reads the same on any screen.
  const scale = Math.max(1, first.canvas.width / Math.max(1, first.canvas.clientWidth));
  const fontPx = Math.round(FONT_CSS_PX * scale);
  const lineHeight = Math.round(fontPx * LINE_HEIGHT);
  const padding = Math.round(fontPx * 0.6);
  const labelled = panes.length > 1 && panes.some((p) => p.label !== null);

  const out = document.createElement('canvas');
  const ctx = out.getContext('2d');
  if (!ctx) throw new Error(t('share:png.noCanvas'));
  const font = `${fontPx}px ${FONT_FAMILY}`;
  ctx.font = font;
  const paneWidth = panes.reduce((w, p) => w + p.canvas.width, 0) + (panes.length - 1) * GAP_CSS_PX * scale;
  const measure = (s: string) => ctx.measureText(s).width;
  const textWidth = Math.max(1, paneWidth - 2 * padding);
  const wrapped = footer.lines.flatMap((line) => wrapText(line, textWidth, measure));
  const noticeLines = wrapText(footer.notice, textWidth, measure);

  const layout = layoutCapture(
    panes.map((p) => ({ width: p.canvas.width, height: p.canvas.height })),
    {
      labelBand: labelled ? lineHeight + padding : 0,
      gap: Math.round(GAP_CSS_PX * scale),
      footerLines: wrapped.length + noticeLines.length,
      lineHeight,
      padding,
    },
  );
  out.width = layout.width;
  out.height = layout.height;
  // Resizing a canvas resets its state: set the font again.
  ctx.fillStyle = BAND_COLOR;
  ctx.fillRect(0, 0, out.width, out.height);
  ctx.font = font;
  ctx.direction = footer.dir;
  ctx.textBaseline = 'top';
  panes.forEach((pane, i) => {
    const at = layout.panes[i]!;
    ctx.drawImage(pane.canvas, at.x, at.y);
    if (labelled && pane.label) {
      ctx.fillStyle = TEXT_COLOR;
      ctx.textAlign = 'center';
      ctx.fillText(pane.label, at.x + pane.canvas.width / 2, Math.round(padding / 2), pane.canvas.width);
    }
  });
  // 'start' is the left edge for left-to-right text and the right edge for right-to-left text.
  ctx.textAlign = 'start';
  const x = footer.dir === 'rtl' ? out.width - padding : padding;
  let y = layout.footerTop;
  for (const [lines, color] of [
    [wrapped, TEXT_COLOR],
    [noticeLines, NOTICE_COLOR],
  ] as const) {
    ctx.fillStyle = color;
    for (const line of lines) {
      ctx.fillText(line, x, y);
      y += lineHeight;
    }
  }
  return new Promise((resolve, reject) => {
    out.toBlob((blob) => (blob ? resolve(blob) : reject(new Error(t('share:png.encode')))), 'image/png');
  });
}
