import { describe, expect, it } from 'vitest';
import {
  APP_OPTIONS,
  EMBEDDING_KEYS,
  noticeText,
  parseShareState,
  SHARE_FORMAT_VERSION,
  writeShareQuery,
} from '../../src/scenario/shareState';

describe('share links', () => {
  it('opens with the defaults and no notice when the URL has no options', () => {
    const { state, notices } = parseShareState('');
    expect(notices).toEqual([]);
    expect(state.mode).toBe('student');
    expect(state.seed).toBe(1);
    expect(state.preset).toBe('reference');
    expect(state.t).toBeNull();
    expect(state.play).toBe(true);
    expect(state.params).toEqual({});
  });

  it('round-trips a full scenario: options, parameters of both sides, locks and time', () => {
    const first = parseShareState(
      '?mode=educator&seed=42&preset=acne-scars&t=170.3&speed=24&compare=custom&lock=device,sessions' +
        '&overlay=oxygen&camera=channel&tier=low&cut=0.3&needle_length_mm=2&smoker=true&b.needle_length_mm=0.5',
    );
    expect(first.notices).toEqual([]);
    expect(first.state).toMatchObject({
      mode: 'educator',
      seed: 42,
      preset: 'acne-scars',
      t: 170.3,
      play: false,
      speed: 24,
      compare: 'custom',
      lock: ['device', 'sessions'],
      overlay: 'oxygen',
      camera: 'channel',
      tier: 'low',
      cut: 0.3,
      params: { needle_length_mm: 2, smoker: true },
      paramsB: { needle_length_mm: 0.5 },
    });
    const again = parseShareState(`?${writeShareQuery(first.state)}`);
    expect(again.notices).toEqual([]);
    expect(again.state).toEqual(first.state);
  });

  it('writes only what differs from the defaults, with the format version', () => {
    const { state } = parseShareState('');
    expect(writeShareQuery(state)).toBe(`v=${SHARE_FORMAT_VERSION}`);
    const playingAtTime = writeShareQuery({ ...state, t: 12, play: true });
    expect(new URLSearchParams(playingAtTime).get('play')).toBe('1');
    expect(new URLSearchParams(writeShareQuery({ ...state, t: 12, play: false })).get('play')).toBeNull();
  });

  it('falls back to the default, with a notice naming option, value and fallback, for each bad value', () => {
    const parsed = parseShareState('?mode=boss&seed=-3&t=abc&cut=7&preset=nope&overlay=heat&lock=foo');
    const { state } = parsed;
    const notices = parsed.notices.map(noticeText);
    expect(state.mode).toBe(APP_OPTIONS.mode.fallback);
    expect(state.seed).toBe(1);
    expect(state.t).toBeNull();
    expect(state.cut).toBe(0.5);
    expect(state.preset).toBe('reference');
    expect(state.overlay).toBeNull();
    expect(state.lock).toEqual([]);
    expect(notices).toHaveLength(7);
    expect(notices[0]).toMatch(/"mode=boss" must be one of patient, student, educator; using student/);
    expect(notices.join('\n')).toMatch(/"preset=nope" must be one of reference/);
  });

  it('validates model parameters with the schema and reports stale or unknown ones', () => {
    const parsed = parseShareState(
      '?needle_length_mm=9&device=laser&sessions=2&old_param=1&b.nonsense=2&fitzpatrick=4',
    );
    const { state } = parsed;
    const notices = parsed.notices.map(noticeText);
    expect(state.params).toEqual({ sessions: 2, fitzpatrick: 4 });
    expect(notices).toHaveLength(4);
    expect(notices.join('\n')).toMatch(/needle_length_mm/);
    expect(notices.join('\n')).toMatch(/device/);
    expect(notices.join('\n')).toMatch(/"old_param" is not known/);
    expect(notices.join('\n')).toMatch(/"b.nonsense" is not known/);
  });

  it('warns about a link from a newer version but still applies what it understands', () => {
    const { state, notices } = parseShareState('?v=2&seed=5');
    expect(state.seed).toBe(5);
    expect(noticeText(notices[0]!)).toMatch(/newer HealSim/);
  });

  it('reads the embedding and device options but never writes them into a share link', () => {
    const { state, notices } = parseShareState(
      '?locale=es&kiosk=1&controls=timeline&reducedMotion=1&contrast=high&clinic=Cl%C3%ADnica%20Sol&accent=%23C05&idle=10' +
        '&attract=30&logo=brand/logo.png&allowOrigin=https://school.example.org,http://127.0.0.1:5000',
    );
    expect(notices.map(noticeText)).toEqual([]);
    expect(state).toMatchObject({
      locale: 'es',
      kiosk: true,
      controls: 'timeline',
      reducedMotion: 'on',
      contrast: 'high',
      clinic: 'Clínica Sol',
      accent: '#c05',
      idle: 10,
      attract: 30,
      logo: 'brand/logo.png',
      allowOrigin: ['https://school.example.org', 'http://127.0.0.1:5000'],
    });
    const query = new URLSearchParams(writeShareQuery(state));
    for (const key of EMBEDDING_KEYS) expect(query.has(key), key).toBe(false);
  });

  it('never lets a link point the kiosk logo at another site, and fails closed on a bad allowOrigin', () => {
    for (const logo of ['https://evil.example/x.png', '//evil.example/x.png', '../secret.png', 'javascript:alert(1)']) {
      const { state, notices } = parseShareState(`?logo=${encodeURIComponent(logo)}`);
      expect(state.logo, logo).toBeNull();
      expect(noticeText(notices[0]!)).toMatch(/image file next to the app/);
    }
    const injected = parseShareState('?clinic=Dr%0AEvil');
    expect(injected.state.clinic).toBe('');
    expect(noticeText(injected.notices[0]!)).toMatch(/plain text/);
    const bad = parseShareState('?allowOrigin=https://ok.example,not-an-origin');
    expect(bad.state.allowOrigin).toEqual([]);
    expect(noticeText(bad.notices[0]!)).toMatch(/not-an-origin/);
    expect(parseShareState('?allowOrigin=https://ok.example/path').state.allowOrigin).toEqual([]);
    expect(parseShareState('').state.allowOrigin).toBeNull();
  });

  it('takes autoplay as play, and play wins when both are given', () => {
    expect(parseShareState('?t=10&autoplay=1').state.play).toBe(true);
    expect(parseShareState('?autoplay=0').state.play).toBe(false);
    expect(parseShareState('?autoplay=0&play=1').state.play).toBe(true);
  });

  it('writes notices in the active language', async () => {
    const { setLocale } = await import('../../src/i18n');
    const { notices } = parseShareState('?mode=boss');
    setLocale('en-XA');
    try {
      expect(noticeText(notices[0]!)).toMatch(/^\[.*mode=boss/);
    } finally {
      setLocale('en');
    }
  });
});
