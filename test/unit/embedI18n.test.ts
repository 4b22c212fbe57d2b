/** The embed namespace in Spanish and Arabic: known translations, and the iframe title in the embed's language. */
import { afterEach, describe, expect, it } from 'vitest';
import { setLocale, t } from '../../src/i18n';
import { embedSnippet } from '../../src/ui/share/embedCode';

afterEach(() => setLocale('en'));

describe('embed texts', () => {
  it('are English by default', () => {
    expect(t('embed:author.embed')).toBe('Embed…');
    expect(t('embed:author.pausedAt', { time: '52 h' })).toBe('Opens paused at 52 h after the first session.');
  });

  it('follow the language switch, with their placeholders', () => {
    setLocale('es');
    expect(t('embed:dialog.title')).toBe('Insertar en una página de curso');
    expect(t('embed:author.pausedAt', { time: '52 h' })).toBe('Se abre en pausa a las 52 h tras la primera sesión.');
    setLocale('ar');
    expect(t('embed:dialog.close')).toBe('إغلاق');
    expect(t('embed:author.pausedAt', { time: '52 h' })).toContain('52 h');
  });

  it('give the iframe an accessible name in the language the embed is pinned to', () => {
    const title = t('embed:iframeTitle', { lng: 'es' });
    expect(title).toBe('HealSim: cicatrización de la piel tras la micropunción');
    expect(embedSnippet('https://x.example/?locale=es', { title })).toContain(`title="${title}"`);
    expect(t('embed:iframeTitle', { lng: 'ar' })).toMatch(/^HealSim — /);
  });

  it('are marked in the pseudo-locale', () => {
    setLocale('en-XA');
    expect(t('embed:dialog.copy')).toMatch(/^\[.*\]$/);
  });
});
