import { describe, expect, it } from 'vitest';
import { layoutCapture, wrapText } from '../../src/ui/share/captureLayout';
import { formatModelTime } from '../../src/ui/share/modelTime';

const opts = { labelBand: 0, gap: 4, footerLines: 2, lineHeight: 20, padding: 8 };

describe('PNG capture layout', () => {
  it('one pane: the image, then the footer band below it', () => {
    const l = layoutCapture([{ width: 800, height: 600 }], opts);
    expect(l.width).toBe(800);
    expect(l.panes).toEqual([{ x: 0, y: 0 }]);
    expect(l.footerHeight).toBe(2 * 20 + 2 * 8);
    expect(l.height).toBe(600 + l.footerHeight);
    expect(l.footerTop).toBe(608);
  });

  it('A | B side by side with a gap and a label band; the taller pane sets the height', () => {
    const l = layoutCapture(
      [
        { width: 400, height: 300 },
        { width: 410, height: 320 },
      ],
      { ...opts, labelBand: 30 },
    );
    expect(l.panes).toEqual([
      { x: 0, y: 30 },
      { x: 404, y: 30 },
    ]);
    expect(l.width).toBe(814);
    expect(l.height).toBe(30 + 320 + l.footerHeight);
  });

  it('no footer lines: no footer band', () => {
    const l = layoutCapture([{ width: 10, height: 10 }], { ...opts, footerLines: 0 });
    expect(l.height).toBe(10);
  });
});

describe('footer text wrapping', () => {
  const measure = (s: string) => s.length * 10;

  it('wraps at word boundaries within the width', () => {
    const lines = wrapText('Educational simulation — not a prediction for any person.', 200, measure);
    expect(lines.join(' ')).toBe('Educational simulation — not a prediction for any person.');
    for (const line of lines) expect(measure(line)).toBeLessThanOrEqual(200);
    expect(lines.length).toBeGreaterThan(1);
  });

  it('keeps a word longer than the line whole', () => {
    expect(wrapText('a verylongwordindeed b', 50, measure)).toEqual(['a', 'verylongwordindeed', 'b']);
  });

  it('gives no lines for empty text', () => {
    expect(wrapText('   ', 100, measure)).toEqual([]);
  });
});

describe('model time in words', () => {
  it('shows hours, and days with hours from a day on', () => {
    expect(formatModelTime(6.5)).toBe('6.5 h');
    expect(formatModelTime(52)).toBe('52 h (2 d 4 h)');
    expect(formatModelTime(48.04)).toBe('48 h (2 d 0 h)');
    expect(formatModelTime(-1)).toBe('0 h');
  });
});
