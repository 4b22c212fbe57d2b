/**
 * The consult-room kiosk (`?kiosk=1`): the idle clock (attract overlay, then a reset to the start), the attract
 * loop, the clinic's accent colour, and the guards that keep every touch inside the app. Mounted once by App;
 * renders nothing outside kiosk mode.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { launch } from '../scenario/launchOptions';
import type { SimClient } from '../sim/simClient';
import { ClinicBrand } from './ClinicBrand';
import { IdleClock } from './idleClock';
import { ATTRACT_LOOP_END_H, kioskConfig } from './kioskConfig';
import type { KioskConfig } from './kioskConfig';
import { useKioskStore } from './kioskStore';
import { resetToStart } from './resetToStart';
import { useKioskGuards } from './useKioskGuards';
import './kiosk.css';

/** How often the idle clock is read: the overlay and reset need no finer timing than a second. */
const IDLE_TICK_MS = 1000;
/** How long the "links are off" note stays. */
const BLOCKED_NOTE_MS = 4000;
/** Inputs that count as someone using the screen. */
const INPUT_EVENTS = ['pointerdown', 'keydown', 'wheel', 'touchstart'] as const;

export function KioskLayer({ client }: { client: SimClient | null }) {
  const config = useMemo(() => kioskConfig(launch.state), []);
  return config.enabled ? <KioskRuntime config={config} client={client} /> : null;
}

function useAccentColour(config: KioskConfig): void {
  useEffect(() => {
    if (!config.accent) return;
    const root = document.documentElement.style;
    root.setProperty('--accent', config.accent);
    root.setProperty('--accent-text', config.accentText);
    return () => {
      root.removeProperty('--accent');
      root.removeProperty('--accent-text');
    };
  }, [config]);
}

function KioskRuntime({ config, client }: { config: KioskConfig; client: SimClient | null }) {
  const { t } = useTranslation('kiosk');
  const attract = useKioskStore((s) => s.attract);
  const [blockedNote, setBlockedNote] = useState(false);
  const clientRef = useRef(client);
  useEffect(() => {
    clientRef.current = client;
  }, [client]);
  useAccentColour(config);

  useEffect(() => {
    const clock = new IdleClock(config.attractMs, config.idleMs, performance.now());
    const { setAttract } = useKioskStore.getState();
    // Any input restarts the idle clock. A key also wakes the screen; a touch or click wakes it through the
    // overlay's own click, so that touch never falls through to a control beneath the overlay.
    const onInput = (e: Event) => {
      clock.input(performance.now());
      if (e.type === 'keydown' && useKioskStore.getState().attract) setAttract(false);
    };
    for (const type of INPUT_EVENTS) window.addEventListener(type, onInput, { capture: true, passive: true });
    const timer = setInterval(() => {
      const stage = clock.stage(performance.now());
      if (stage === 'reset') resetToStart(clientRef.current);
      // The clock only ever raises the overlay; input (above, and the overlay's click) takes it down.
      if (stage !== 'active' && !useKioskStore.getState().attract) setAttract(true);
      // The attract loop: after a reset, replay the first weeks over and over until someone touches the screen.
      const c = clientRef.current;
      const timeH = c?.frames.latest?.timeH ?? 0;
      if (c && clock.afterReset && stage === 'attract' && timeH >= ATTRACT_LOOP_END_H)
        void c.api.seek(0).catch(() => undefined);
    }, IDLE_TICK_MS);
    return () => {
      clearInterval(timer);
      for (const type of INPUT_EVENTS) window.removeEventListener(type, onInput, { capture: true });
    };
  }, [config]);

  const onBlocked = useCallback(() => setBlockedNote(true), []);
  useKioskGuards(true, onBlocked);
  useEffect(() => {
    if (!blockedNote) return;
    const timer = setTimeout(() => setBlockedNote(false), BLOCKED_NOTE_MS);
    return () => clearTimeout(timer);
  }, [blockedNote]);

  return (
    <>
      {blockedNote && (
        <p className="kiosk-note" role="status">
          {t('linksOff')}
        </p>
      )}
      {attract && (
        // One big button over everything: the touch that wakes the screen never lands on a control beneath it.
        <button
          type="button"
          className="kiosk-attract"
          data-testid="kiosk-attract"
          aria-label={t('wake')}
          onClick={() => useKioskStore.getState().setAttract(false)}
        >
          <span className="kiosk-attract-card">
            <ClinicBrand />
            <span className="kiosk-attract-title">{t('title')}</span>
            <span className="kiosk-attract-hint">{t('touch')}</span>
            <span className="kiosk-attract-disclaimer">{t('disclaimer')}</span>
          </span>
        </button>
      )}
    </>
  );
}
