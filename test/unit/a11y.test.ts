/**
 * Accessibility logic without a browser: how preferences resolve (link, remembered choice, device), which keys are
 * page-wide shortcuts and when they must not fire, the reduced-motion frame cadence, and when phase changes are
 * announced.
 */
import { describe, expect, it } from 'vitest';
import { FrameCadence, STEPPED_FRAME_MS } from '../../src/a11y/frameCadence';
import { MIN_GAP_MS, PHASE_SETTLE_MS, PhaseAnnouncer } from '../../src/a11y/phaseAnnouncer';
import {
  initialChoices,
  parseSavedChoices,
  resolveHighContrast,
  resolveReducedMotion,
} from '../../src/a11y/preferences';
import type { DeviceSettings } from '../../src/a11y/preferences';
import { globalShortcut, GLOBAL_SHORTCUTS } from '../../src/a11y/shortcuts';
import type { ShortcutKeyEvent } from '../../src/a11y/shortcuts';

const PLAIN: DeviceSettings = { reducedMotion: false, moreContrast: false, forcedColors: false };

describe('preferences', () => {
  it('reduced motion: auto follows the device, on and off override it', () => {
    expect(resolveReducedMotion('auto', PLAIN)).toBe(false);
    expect(resolveReducedMotion('auto', { ...PLAIN, reducedMotion: true })).toBe(true);
    expect(resolveReducedMotion('on', PLAIN)).toBe(true);
    expect(resolveReducedMotion('off', { ...PLAIN, reducedMotion: true })).toBe(false);
  });

  it('contrast: auto follows prefers-contrast: more and forced colours; normal and high override', () => {
    expect(resolveHighContrast('auto', PLAIN)).toBe(false);
    expect(resolveHighContrast('auto', { ...PLAIN, moreContrast: true })).toBe(true);
    expect(resolveHighContrast('auto', { ...PLAIN, forcedColors: true })).toBe(true);
    expect(resolveHighContrast('high', PLAIN)).toBe(true);
    expect(resolveHighContrast('normal', { ...PLAIN, moreContrast: true })).toBe(false);
  });

  it('the link wins over the remembered choice, which wins over auto', () => {
    const saved = { motion: 'off', contrast: 'high', singleKeyShortcuts: false } as const;
    expect(initialChoices({ reducedMotion: 'on', contrast: 'normal' }, saved)).toEqual({
      motion: 'on',
      contrast: 'normal',
      singleKeyShortcuts: false,
    });
    expect(initialChoices({ reducedMotion: 'auto', contrast: 'auto' }, saved)).toEqual(saved);
    expect(initialChoices({ reducedMotion: 'auto', contrast: 'auto' }, {})).toEqual({
      motion: 'auto',
      contrast: 'auto',
      singleKeyShortcuts: true,
    });
  });

  it('ignores malformed or unknown remembered values', () => {
    expect(parseSavedChoices(null)).toEqual({});
    expect(parseSavedChoices('not json')).toEqual({});
    expect(parseSavedChoices('"high"')).toEqual({});
    expect(parseSavedChoices('{"motion":"fast","contrast":"high","singleKeyShortcuts":"no"}')).toEqual({
      contrast: 'high',
    });
    expect(parseSavedChoices('{"motion":"on","singleKeyShortcuts":false}')).toEqual({
      motion: 'on',
      singleKeyShortcuts: false,
    });
  });
});

describe('page-wide shortcuts', () => {
  const press = (key: string, extra: Partial<ShortcutKeyEvent> = {}): ShortcutKeyEvent => ({
    key,
    ctrlKey: false,
    altKey: false,
    metaKey: false,
    defaultPrevented: false,
    typing: false,
    ...extra,
  });

  it('maps the documented keys, letters in either case', () => {
    expect(globalShortcut(press('?'))).toBe('help');
    expect(globalShortcut(press('k'))).toBe('playPause');
    expect(globalShortcut(press('K'))).toBe('playPause');
    expect(globalShortcut(press('j'))).toBe('dayBack');
    expect(globalShortcut(press('L'))).toBe('dayForward');
    expect(globalShortcut(press('t'))).toBe('focusTimeline');
    expect(globalShortcut(press('p'))).toBe('focusPanel');
    expect(globalShortcut(press('v'))).toBe('focusScene');
    expect(globalShortcut(press('x'))).toBeNull();
    expect(globalShortcut(press('ArrowLeft'))).toBeNull();
    expect(new Set(GLOBAL_SHORTCUTS.map((s) => s.key)).size).toBe(GLOBAL_SHORTCUTS.length);
  });

  it('never fires while typing, with Ctrl / Alt / Meta, or when a control already handled the key', () => {
    expect(globalShortcut(press('k', { typing: true }))).toBeNull();
    expect(globalShortcut(press('k', { ctrlKey: true }))).toBeNull();
    expect(globalShortcut(press('k', { altKey: true }))).toBeNull();
    expect(globalShortcut(press('k', { metaKey: true }))).toBeNull();
    expect(globalShortcut(press('k', { defaultPrevented: true }))).toBeNull();
  });

  it('does not clash with the keys the 3D view uses while it has focus', () => {
    const sceneKeys = [
      'ArrowLeft',
      'ArrowRight',
      'ArrowUp',
      'ArrowDown',
      '+',
      '=',
      '-',
      '_',
      '0',
      '1',
      '2',
      '3',
      '4',
      'r',
    ];
    for (const key of sceneKeys) expect(globalShortcut(press(key)), key).toBeNull();
  });
});

describe('reduced-motion frame cadence', () => {
  it('asks for frames freely unless stepped, then at most once per step', () => {
    const c = new FrameCadence();
    expect(c.due(0, false)).toBe(true);
    c.pulled(0);
    expect(c.due(16, false)).toBe(true);
    expect(c.due(16, true)).toBe(false);
    expect(c.due(STEPPED_FRAME_MS - 1, true)).toBe(false);
    expect(c.due(STEPPED_FRAME_MS, true)).toBe(true);
  });

  it('counts a step from the last request that went out, not from asking', () => {
    const c = new FrameCadence();
    c.pulled(1000);
    // Due at 2000, but a request was still in flight (none went out): still due later.
    expect(c.due(2000, true)).toBe(true);
    expect(c.due(2100, true)).toBe(true);
    c.pulled(2100);
    expect(c.due(3000, true)).toBe(false);
    expect(c.due(3100, true)).toBe(true);
  });
});

describe('phase announcements', () => {
  it('does not announce the opening phase, announces a settled change', () => {
    const a = new PhaseAnnouncer();
    expect(a.observe('hemostasis', 0)).toBeNull();
    expect(a.observe('hemostasis', 5000)).toBeNull();
    expect(a.observe('inflammation', 6000)).toBeNull();
    expect(a.observe('inflammation', 6000 + PHASE_SETTLE_MS - 1)).toBeNull();
    expect(a.observe('inflammation', 6000 + PHASE_SETTLE_MS)).toBe('inflammation');
    expect(a.observe('inflammation', 20_000)).toBeNull();
  });

  it('keeps announcements at least MIN_GAP_MS apart, then says where things are', () => {
    const a = new PhaseAnnouncer();
    a.observe('hemostasis', 0);
    a.observe('inflammation', 1000);
    expect(a.observe('inflammation', 3000)).toBe('inflammation');
    a.observe('proliferation', 4000);
    expect(a.observe('proliferation', 6500)).toBeNull(); // settled, but inside the gap
    expect(a.observe('proliferation', 3000 + MIN_GAP_MS)).toBe('proliferation');
  });

  it('stays quiet while the user scrubs across phases quickly', () => {
    const a = new PhaseAnnouncer();
    a.observe('baseline', 0);
    const scrub = ['hemostasis', 'inflammation', 'proliferation', 'remodeling', 'proliferation', 'inflammation'];
    scrub.forEach((phase, i) => expect(a.observe(phase, 500 + i * 500)).toBeNull());
    // Back where it started: nothing to say.
    expect(a.observe('baseline', 4000)).toBeNull();
    expect(a.observe('baseline', 9000)).toBeNull();
  });
});
