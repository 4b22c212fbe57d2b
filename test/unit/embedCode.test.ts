import { describe, expect, it } from 'vitest';
import { parseShareState } from '../../src/scenario/shareState';
import {
  authoredShareState,
  DEFAULT_EMBED_CHOICES,
  EMBED_TITLE,
  embedSnippet,
  embedUrl,
  escapeAttribute,
  parseAllowOrigin,
  shareUrl,
} from '../../src/ui/share/embedCode';

const current = parseShareState(
  '?mode=educator&seed=9&lock=device,sessions&needle_length_mm=2&overlay=vegf&tier=low',
).state;

describe('authored links', () => {
  it('open in the chosen mode with the locks, settings and view, paused at the chosen moment', () => {
    const state = authoredShareState(current, { openMode: 'student', pausedAtH: 52.34 });
    const url = shareUrl('https://school.example/healsim/index.html?old=1#x', state);
    expect(url.startsWith('https://school.example/healsim/index.html?')).toBe(true);
    expect(url).not.toContain('#');
    expect(url).not.toContain('old=1');
    const back = parseShareState(new URL(url).search);
    expect(back.notices).toEqual([]);
    expect(back.state).toMatchObject({
      mode: 'student',
      seed: 9,
      lock: ['device', 'sessions'],
      params: { needle_length_mm: 2 },
      overlay: 'vegf',
      t: 52.3,
      play: false,
      tier: 'auto',
    });
  });

  it('open at the start and play when no moment is chosen', () => {
    const state = authoredShareState(current, { openMode: 'patient', pausedAtH: null });
    const back = parseShareState(new URL(shareUrl('http://127.0.0.1:4173/', state)).search).state;
    expect(back.mode).toBe('patient');
    expect(back.t).toBeNull();
    expect(back.play).toBe(true);
  });

  it('do not share arrays or objects with the state they were made from', () => {
    const state = authoredShareState(current, { openMode: 'student', pausedAtH: null });
    expect(state.lock).not.toBe(current.lock);
    expect(state.params).not.toBe(current.params);
  });
});

describe('embed code', () => {
  it('is an iframe with the link, title and fixed attributes', () => {
    const url = 'https://x.example/?seed=2&mode=student';
    const html = embedSnippet(url);
    expect(html).toBe(
      '<iframe src="https://x.example/?seed=2&amp;mode=student" ' +
        `title="${EMBED_TITLE}" width="100%" height="640" loading="lazy" allow="fullscreen; clipboard-write" ` +
        'referrerpolicy="no-referrer" style="border:0"></iframe>',
    );
  });

  it('never sandboxes the frame (the model runs in a Web Worker)', () => {
    expect(embedSnippet('https://x.example/')).not.toContain('sandbox');
  });

  it('writes the chosen size: full width at a height, 16:9, or fixed; out-of-range sizes are clamped', () => {
    const full = embedSnippet('https://x.example/', { size: { kind: 'fullWidth', height: 720 } });
    expect(full).toContain('width="100%" height="720"');
    const responsive = embedSnippet('https://x.example/', { size: { kind: 'responsive' } });
    expect(responsive).toContain('width="100%"');
    expect(responsive).toContain('aspect-ratio:16/9');
    expect(responsive).toContain('min-height:480px');
    const fixed = embedSnippet('https://x.example/', { size: { kind: 'fixed', width: 800, height: 450 } });
    expect(fixed).toContain('width="800" height="450"');
    expect(fixed).toContain('style="border:0"');
    const tiny = embedSnippet('https://x.example/', { size: { kind: 'fixed', width: 10, height: Number.NaN } });
    expect(tiny).toContain('width="320" height="360"');
    const huge = embedSnippet('https://x.example/', { size: { kind: 'fullWidth', height: 1e9 } });
    expect(huge).toContain('height="4000"');
  });

  it('uses the given title, escaped', () => {
    expect(embedSnippet('https://x.example/', { title: 'HealSim — "cicatrización"' })).toContain(
      'title="HealSim — &quot;cicatrización&quot;"',
    );
  });

  it('escapes attribute text so a link cannot break out of src', () => {
    expect(escapeAttribute('a"b<c>&d')).toBe('a&quot;b&lt;c&gt;&amp;d');
    expect(embedSnippet('http://x/?q="><script>')).not.toContain('"><script>');
  });
});

describe('embed URL', () => {
  const state = authoredShareState(current, { openMode: 'student', pausedAtH: null });

  it('is the share link alone with the default embedding choices', () => {
    const base = 'https://school.example/healsim/';
    expect(embedUrl(base, state, DEFAULT_EMBED_CHOICES)).toBe(shareUrl(base, state));
  });

  it('adds controls, locale, autoplay and allowOrigin, which the app reads back', () => {
    const url = embedUrl('https://school.example/healsim/', state, {
      controls: 'timeline',
      locale: 'es',
      autoplay: false,
      allowOrigin: ['https://course.example.edu', 'http://localhost:8080'],
    });
    const back = parseShareState(new URL(url).search);
    expect(back.notices).toEqual([]);
    expect(back.state).toMatchObject({
      controls: 'timeline',
      locale: 'es',
      autoplay: false,
      play: false,
      allowOrigin: ['https://course.example.edu', 'http://localhost:8080'],
      mode: 'student',
      seed: 9,
    });
  });

  it('writes autoplay only when it differs from what the link implies', () => {
    const playing = embedUrl('https://x.example/', state, { ...DEFAULT_EMBED_CHOICES, autoplay: true });
    expect(new URL(playing).searchParams.has('autoplay')).toBe(false);
    const paused = authoredShareState(current, { openMode: 'student', pausedAtH: 30 });
    const playsAtMoment = embedUrl('https://x.example/', paused, { ...DEFAULT_EMBED_CHOICES, autoplay: true });
    const back = parseShareState(new URL(playsAtMoment).search).state;
    expect(back.t).toBe(30);
    expect(back.play).toBe(true);
  });
});

describe('allowOrigin field', () => {
  it('is null when empty, the origins when valid, and an error otherwise', () => {
    expect(parseAllowOrigin('  ')).toEqual({ ok: true, value: null });
    expect(parseAllowOrigin('https://course.example.edu/')).toEqual({
      ok: true,
      value: ['https://course.example.edu'],
    });
    expect(parseAllowOrigin('https://a.example, http://b.example:8080')).toEqual({
      ok: true,
      value: ['https://a.example', 'http://b.example:8080'],
    });
    expect(parseAllowOrigin('course.example.edu').ok).toBe(false);
    expect(parseAllowOrigin('https://course.example.edu/page.html').ok).toBe(false);
    expect(parseAllowOrigin('*').ok).toBe(false);
  });
});
