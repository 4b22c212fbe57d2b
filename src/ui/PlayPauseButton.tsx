import { useState } from 'react';
import type { SimClient } from '../sim/simClient';

/** Starts and stops model time. The model keeps its state while paused; the camera still moves. */
export function PlayPauseButton({ client }: { client: SimClient }) {
  const [playing, setPlaying] = useState(true);
  const toggle = () => {
    const next = !playing;
    setPlaying(next);
    void (next ? client.api.play() : client.api.pause());
  };
  return (
    <button type="button" onClick={toggle} aria-pressed={!playing}>
      {playing ? 'Pause' : 'Play'}
    </button>
  );
}
