/**
 * A small inline-SVG picture of a cell type in a given state: the same colour (cellLooks.ts) and the 2D outline
 * of the shape the scene draws, for the legend and the info panel. Decorative: the label beside it names it.
 */
import { lookOf } from './cellLooks';

/** Outline for shapes drawn dark on light or light on dark: a thin dark edge keeps pale fills readable. */
const OUTLINE = 'rgba(0, 0, 0, 0.55)';

/** 12-point star: the M1 macrophage's spikes seen from the side. */
function starPoints(cx: number, cy: number, outer: number, inner: number, points: number): string {
  const out: string[] = [];
  for (let i = 0; i < points * 2; i++) {
    const r = i % 2 === 0 ? outer : inner;
    const a = (i * Math.PI) / points - Math.PI / 2;
    out.push(`${(cx + r * Math.cos(a)).toFixed(2)},${(cy + r * Math.sin(a)).toFixed(2)}`);
  }
  return out.join(' ');
}

function hexPoints(cx: number, cy: number, rx: number, ry: number): string {
  const out: string[] = [];
  for (let i = 0; i < 6; i++) {
    const a = (i * Math.PI) / 3;
    out.push(`${(cx + rx * Math.cos(a)).toFixed(2)},${(cy + ry * Math.sin(a)).toFixed(2)}`);
  }
  return out.join(' ');
}

export function CellSwatch({ kind, state, size = 28 }: { kind: number; state: number; size?: number }) {
  const found = lookOf(kind, state);
  if (!found) return null;
  const { type, look } = found;
  const fill = look.color;
  const common = { fill, stroke: OUTLINE, strokeWidth: 1 };
  let body;
  // Drawn in a 32 × 32 box, centre (16, 16); sizes roughly follow the scene's relative sizes.
  switch (type.shape) {
    case 'spindle':
      body = <path d="M2 16 Q16 9 30 16 Q16 23 2 16 Z" {...common} />;
      break;
    case 'stoutSpindle':
      body = <path d="M2 16 C4 7 28 7 30 16 C28 25 4 25 2 16 Z" {...common} />;
      break;
    case 'teardrop':
      body = <path d="M4 16 C4 9 12 9 16 11 L30 16 L16 21 C12 23 4 23 4 16 Z" {...common} />;
      break;
    case 'lobed': {
      const r = 6 * look.scale;
      body = (
        <g {...common}>
          <circle cx={16 - r * 0.6} cy={16 + r * 0.4} r={r} />
          <circle cx={16 + r * 0.6} cy={16 + r * 0.4} r={r} />
          <circle cx={16} cy={16 - r * 0.6} r={r} />
        </g>
      );
      break;
    }
    case 'knobbly':
      body =
        look.morph > 0.5 ? (
          <polygon points={starPoints(16, 16, 14, 9.5, 12)} {...common} />
        ) : (
          <circle cx={16} cy={16} r={12 * look.scale} {...common} />
        );
      break;
    case 'cobblestone':
      body = <polygon points={hexPoints(16, 16, 13, 9)} {...common} />;
      break;
    case 'disc':
      body = <ellipse cx={16} cy={16} rx={7} ry={4} {...common} />;
      break;
  }
  return (
    <svg className="cell-swatch" width={size} height={size} viewBox="0 0 32 32" aria-hidden="true" focusable="false">
      {body}
    </svg>
  );
}
