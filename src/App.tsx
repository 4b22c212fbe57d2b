/**
 * The app: reads the link (share state) once, keeps the scenario in the stores, runs side A (and side B when
 * comparing) in workers, and lays out the scene, timeline and panels (AppShell). Changing a setting re-runs the
 * model from the same seed and reopens it at the same model time.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { AppShell } from './app/AppShell';
import { launch } from './scenario/launchOptions';
import { applyShareState } from './scenario/scenarioCodec';
import { EmbedBridge } from './embed/EmbedBridge';
import { setLocale } from './i18n';
import { KioskLayer } from './kiosk/KioskLayer';
import { PwaStatus } from './pwa/PwaStatus';
import { initialLocale } from './i18n/localePreference';
import { useRunRequest } from './app/useRunRequest';
import { useUrlSync } from './app/useUrlSync';
import { installAutomationHandle } from './app/automationHandle';
import type { SimClient } from './sim/simClient';
import { useFollower } from './sim/useFollower';
import { useSimulation } from './sim/useSimulation';
import type { StartOptions } from './sim/useSimulation';
import { useViewSync } from './app/useViewSync';
import { usePlaybackStore } from './state/playbackStore';
import { useScenarioStore } from './state/scenarioStore';

/** The link, read once at load (bad values fall back with a notice). */
const initial = launch;
setLocale(initialLocale(initial.state.locale));

// The link's scenario and view go into the stores before the first render.
applyShareState(initial.state, 'launch');

const INITIAL_START: StartOptions = { openAtH: initial.state.t, play: initial.state.play };
/** After "Restart the model": from t = 0, playing. */
const RESTART: StartOptions = { openAtH: null, play: true };

export function App() {
  const [generation, setGeneration] = useState(0);
  const clientRef = useRef<SimClient | null>(null);
  const currentTimeH = useCallback(() => clientRef.current?.frames.latest?.timeH ?? null, []);
  const request = useRunRequest(INITIAL_START, currentTimeH);
  const start = generation === 0 ? request.start : RESTART;
  const simA = useSimulation(request.a, start, generation);
  // B opens where A opens and then follows A's time (useFollower); it never plays by itself.
  const simB = useSimulation(request.b, { openAtH: start.openAtH, play: false }, generation);
  const client = simA.status === 'running' ? simA.client : null;
  // A run that stopped keeps its last picture on screen, frozen, behind the fault message until "Restart".
  const frozen = simA.status === 'failed' ? simA.client : null;
  const clientB = simB.status === 'running' ? simB.client : null;
  useEffect(() => {
    clientRef.current = client;
  }, [client]);
  useEffect(() => {
    if (client) usePlaybackStore.getState().setPlaying(start.play);
  }, [client, start.play]);
  useEffect(() => {
    if (client) void client.api.setSpeed(useScenarioStore.getState().speed);
  }, [client]);
  useViewSync(client);
  useViewSync(clientB);
  useFollower(client, clientB);
  useUrlSync();
  useEffect(() => (client ? installAutomationHandle(client, clientB) : undefined), [client, clientB]);

  const fault = simA.status === 'failed' ? simA.fault : simB.status === 'failed' ? simB.fault : null;
  return (
    <>
      <AppShell
        client={client}
        clientB={clientB}
        frozen={frozen}
        comparing={request.b !== null}
        starting={simA.status === 'starting' || simB.status === 'starting'}
        fault={fault}
        onRestart={() => setGeneration((g) => g + 1)}
        notices={request.rejected ? [...initial.notices, request.rejected] : initial.notices}
        controls={initial.state.controls}
        kiosk={initial.state.kiosk}
      />
      <EmbedBridge client={client} fault={fault} rejected={request.rejected} />
      <KioskLayer client={client} />
      <PwaStatus />
    </>
  );
}
