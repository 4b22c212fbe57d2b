import { describe, expect, it } from 'vitest';
import { IdleClock } from '../../src/kiosk/idleClock';
import { kioskConfig, readableTextOn, relativeLuminance } from '../../src/kiosk/kioskConfig';

describe('kiosk idle clock', () => {
  it('goes active → attract → reset once → attract, and back to active on input', () => {
    const clock = new IdleClock(60_000, 300_000, 0);
    expect(clock.stage(59_999)).toBe('active');
    expect(clock.stage(60_000)).toBe('attract');
    expect(clock.afterReset).toBe(false);
    expect(clock.stage(300_000)).toBe('reset');
    expect(clock.afterReset).toBe(true);
    expect(clock.stage(301_000)).toBe('attract');
    expect(clock.stage(900_000)).toBe('attract');
    clock.input(900_500);
    expect(clock.afterReset).toBe(false);
    expect(clock.stage(901_000)).toBe('active');
    expect(clock.stage(900_500 + 300_000)).toBe('reset');
  });

  it('never resets while someone keeps touching the screen', () => {
    const clock = new IdleClock(60_000, 300_000, 0);
    for (let t = 0; t < 3_600_000; t += 50_000) {
      clock.input(t);
      expect(clock.stage(t + 1000)).toBe('active');
    }
  });
});

describe('kiosk config', () => {
  const base = { kiosk: true, clinic: 'Clínica Sol', logo: null, accent: '#c05', attract: 60, idle: 5 };

  it('turns URL options into times, and never shows the overlay after the reset', () => {
    expect(kioskConfig(base)).toMatchObject({ attractMs: 60_000, idleMs: 300_000, accentText: '#ffffff' });
    expect(kioskConfig({ ...base, attract: 600, idle: 2 }).attractMs).toBe(120_000);
  });

  it('picks black or white text for the accent by WCAG contrast', () => {
    expect(relativeLuminance('#ffffff')).toBeCloseTo(1, 6);
    expect(relativeLuminance('#000')).toBe(0);
    expect(readableTextOn('#ffd58a')).toBe('#000000');
    expect(readableTextOn('#2d5f8a')).toBe('#ffffff');
    expect(readableTextOn('#777777')).toBe('#000000');
  });
});
