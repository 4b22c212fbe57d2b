/** The screen-reader description of the 3D view and the phase announcement, in English, Spanish and Arabic. */
import { afterEach, describe, expect, it } from 'vitest';
import { describeScene, modelTimeText, phaseAnnouncement } from '../../src/a11y/sceneText';
import type { SceneFacts } from '../../src/a11y/sceneText';
import { setLocale } from '../../src/i18n';

const FACTS: SceneFacts = {
  blockWidthMm: 1,
  blockDepthMm: 2.5,
  device: 'pen',
  needleLengthMm: 1.5,
  untreated: false,
  sessionTimesH: [0, 672],
  timeH: 52.5,
  phase: 'proliferation',
  playing: false,
  cells: 14043,
  channels: 31,
  neutrophils: 812.4,
  macrophages: 402,
  fibroblasts: 3120,
  barrier: 0.874,
  camera: 'cross-section',
  cutFraction: 0.5,
  overlay: 'vegf',
};

afterEach(() => setLocale('en'));

describe('scene description', () => {
  it('says what is shown, the treatment, time, phase and key numbers with units (English)', () => {
    const text = describeScene(FACTS).join(' ');
    expect(text).toContain('1 × 1 mm of surface and 2.5 mm deep');
    expect(text).toContain('Treatment: Pen (motorised), needles 1.5 mm; 1 of 2 sessions done.');
    expect(text).toContain('Model time day 2, 4 h after the first session, paused. Healing phase: proliferation.');
    expect(text).toContain('Cells in the block now: 14,043.');
    expect(text).toContain('Needle channels made so far: 31.');
    expect(text).toContain('Per mm² of skin, as in the charts: 812 neutrophils, 402 macrophages, 3,120 fibroblasts.');
    expect(text).toContain('Barrier function: 87 % of intact skin.');
    expect(text).toContain('Camera view last chosen: cross-section; 50 % of the block cut away; heat map: VEGF.');
  });

  it('leaves out numbers the metrics do not have yet, and says when the skin is untreated', () => {
    const text = describeScene({
      ...FACTS,
      untreated: true,
      neutrophils: null,
      macrophages: null,
      fibroblasts: null,
      barrier: null,
      overlay: null,
      playing: true,
    }).join(' ');
    expect(text).toContain('Untreated skin: no needling in this run.');
    expect(text).not.toContain('neutrophils');
    expect(text).not.toContain('Barrier');
    expect(text).toContain(', playing.');
    expect(text).toContain('heat map: none.');
  });

  it('uses the singular for one session', () => {
    expect(describeScene({ ...FACTS, sessionTimesH: [0] }).join(' ')).toContain('1 of 1 session done.');
  });

  it('reads in Spanish, numbers in the Spanish format', () => {
    setLocale('es');
    const text = describeScene(FACTS).join(' ');
    expect(text).toContain('y 2,5 mm de profundidad');
    expect(text).toContain('1 de 2 sesiones realizadas');
    expect(text).toContain('Tiempo del modelo: día 2, 4 h después de la primera sesión, en pausa.');
    expect(text).toContain('Células en el bloque ahora: 14.043.');
    expect(text).toContain('Función barrera: 87 % de la piel intacta.');
    expect(text).toContain('corte transversal');
    expect(text).not.toMatch(/a11y:|scene\./);
  });

  it('reads in Arabic with Latin digits and the right plural form', () => {
    setLocale('ar');
    const text = describeScene(FACTS).join(' ');
    expect(text).toContain('من أصل جلستين');
    expect(text).toContain('اليوم 2، الساعة 4');
    expect(text).toContain('عدد الخلايا في الكتلة الآن: 14,043.');
    expect(describeScene({ ...FACTS, sessionTimesH: [0, 1, 2, 3, 4] }).join(' ')).toContain('من أصل 5 جلسات');
    expect(text).not.toMatch(/a11y:|scene\./);
  });
});

describe('phase announcement', () => {
  it('names the phase and when, in the active language', () => {
    expect(modelTimeText(23.99)).toBe('day 0, 23 h');
    expect(modelTimeText(24)).toBe('day 1, 0 h');
    expect(phaseAnnouncement('inflammation', 30)).toBe('Healing phase now: inflammation (day 1, 6 h).');
    setLocale('es');
    expect(phaseAnnouncement('inflammation', 30)).toMatch(/^Fase de cicatrización ahora: .+ \(día 1, 6 h\)\.$/);
  });
});
