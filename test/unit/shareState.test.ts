import { describe, expect, it } from 'vitest';
import { APP_OPTIONS, parseShareState, SHARE_FORMAT_VERSION, writeShareQuery } from '../../src/app/shareState';

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
    const { state, notices } = parseShareState('?mode=boss&seed=-3&t=abc&cut=7&preset=nope&overlay=heat&lock=foo');
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
    const { state, notices } = parseShareState(
      '?needle_length_mm=9&device=laser&sessions=2&old_param=1&b.nonsense=2&fitzpatrick=4',
    );
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
    expect(notices[0]).toMatch(/newer HealSim/);
  });

  it('leaves the embedding options to their own parser', () => {
    expect(parseShareState('?locale=es&kiosk=1').notices).toEqual([]);
  });
});
