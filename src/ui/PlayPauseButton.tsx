import { useState } from 'react';
import type { SimClient } from '../sim/simClient';

/** Starts and stops model time. The model keeps its state while paused; the camera still moves. */
export function PlayPauseButton({ client, initiallyPlaying }: { client: SimClient; initiallyPlaying: boolean }) {
  const [playing, setPlaying] = useState(initiallyPlaying);
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
