import { useState } from 'react';
import { SkinScene } from './scene/SkinScene';
import { useSimulation } from './sim/useSimulation';
import { PlayPauseButton } from './ui/PlayPauseButton';
import { StatusBar } from './ui/StatusBar';

/** The reference scenario with a fixed seed; the app issue adds controls, URL parameters and presets. */
const SLICE_OPTIONS = { seed: 1, preset: 'reference' };

export function App() {
  const [generation, setGeneration] = useState(0);
  const sim = useSimulation(SLICE_OPTIONS, generation);
  return (
    <main className="app">
      <header className="app-header">
        <h1>HealSim</h1>
        <p className="disclaimer">Educational simulation — not a prediction for any person.</p>
      </header>
      <section className="stage" aria-label="Simulation view">
        {sim.status === 'running' && <SkinScene client={sim.client} />}
        {sim.status === 'starting' && <p className="notice">Starting the model…</p>}
        {sim.status === 'failed' && (
          <div className="notice" role="alert">
            <p>The model stopped: {sim.message}</p>
            <button type="button" onClick={() => setGeneration((g) => g + 1)}>
              Restart the model
            </button>
          </div>
        )}
      </section>
      {sim.status === 'running' && (
        <footer className="controls">
          <PlayPauseButton client={sim.client} />
          <StatusBar frames={sim.client.frames} />
        </footer>
      )}
    </main>
  );
}
