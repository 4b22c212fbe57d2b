import { describe, expect, it } from 'vitest';
import { parseShareState } from '../../src/app/shareState';
import { authoredShareState, EMBED_TITLE, embedSnippet, escapeAttribute, shareUrl } from '../../src/ui/share/embedCode';

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
        `title="${EMBED_TITLE}" width="100%" height="640" allow="fullscreen" loading="lazy" ` +
        'style="border:0"></iframe>',
    );
  });

  it('escapes attribute text so a link cannot break out of src', () => {
    expect(escapeAttribute('a"b<c>&d')).toBe('a&quot;b&lt;c&gt;&amp;d');
    expect(embedSnippet('http://x/?q="><script>')).not.toContain('"><script>');
  });
});
