import { useEffect, useMemo, useState } from 'react';
import { parseViewParams } from './app/viewParams';
import { SkinScene } from './scene/SkinScene';
import { installAutomationHandle } from './sim/automationHandle';
import { useSimulation } from './sim/useSimulation';
import { useViewSync } from './sim/useViewSync';
import { useViewStore } from './state/viewStore';
import { CellInfoPanel } from './ui/CellInfoPanel';
import { CellLegend } from './ui/CellLegend';
import { ColorScale } from './ui/ColorScale';
import { PlayPauseButton } from './ui/PlayPauseButton';
import { StatusBar } from './ui/StatusBar';
import { Timeline } from './ui/Timeline';
import { ViewControls } from './ui/ViewControls';

/** URL options, read once at load (bad values fall back with a notice). */
const initial = parseViewParams(window.location.search);

/** Applies the URL's view options to the store before the first render of the scene. */
function applyInitialView(): void {
  const v = initial.params;
  const store = useViewStore.getState();
  store.setOverlay(v.overlay);
  store.setCutFraction(v.cut);
  store.setTierChoice(v.tier);
  store.requestCamera(v.camera);
}
applyInitialView();

export function App() {
  const [generation, setGeneration] = useState(0);
  const p = initial.params;
  const options = useMemo(
    () => ({ seed: p.seed, preset: p.preset, params: p.quality ? { quality: p.quality } : {} }),
    [p.seed, p.preset, p.quality],
  );
  // A restart opens at t = 0 and plays: the URL's opening time applies to the first load only.
  const start = useMemo(
    () => (generation === 0 ? { openAtH: p.t, play: p.play } : { openAtH: null, play: true }),
    [generation, p.t, p.play],
  );
  const sim = useSimulation(options, start, generation);
  const client = sim.status === 'running' ? sim.client : null;
  useViewSync(client);
  useEffect(() => (client ? installAutomationHandle(client) : undefined), [client]);

  return (
    <main className="app">
      <header className="app-header">
        <h1>HealSim</h1>
        <p className="disclaimer">Educational simulation — not a prediction for any person.</p>
      </header>
      {initial.notices.length > 0 && (
        <ul className="url-notices" role="status">
          {initial.notices.map((n) => (
            <li key={n}>{n}</li>
          ))}
        </ul>
      )}
      <section className="stage" aria-label="Simulation view">
        {client && (
          <>
            <SkinScene client={client} />
            <CellLegend client={client} />
            <CellInfoPanel client={client} />
            <ViewControls client={client} />
            <ColorScale client={client} />
          </>
        )}
        {sim.status === 'starting' && <p className="notice">Starting the model…</p>}
        {sim.status === 'failed' && (
          <div className="notice fault" role="alert" data-fault-kind={sim.fault.kind}>
            <p>{sim.fault.message}</p>
            <button type="button" onClick={() => setGeneration((g) => g + 1)}>
              Restart the model
            </button>
          </div>
        )}
      </section>
      {client && (
        <footer className="controls">
          <PlayPauseButton client={client} initiallyPlaying={start.play} />
          <Timeline client={client} />
          <StatusBar frames={client.frames} />
        </footer>
      )}
    </main>
  );
}
