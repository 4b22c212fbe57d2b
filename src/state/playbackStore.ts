/**
 * Whether model time is running, as the user asked for it (play / pause). The worker keeps the truth about its
 * clock; this is the intent the UI shows and what a restart (new parameters) resumes with.
 */
import { create } from 'zustand';

export interface PlaybackState {
  playing: boolean;
  /**
   * Where the next re-run (changed settings) opens instead of the current model time, once; null: at the current
   * time, as usual. A kiosk reset sets 0: the next patient starts at the first minute, not where the last left.
   */
  nextRunAtH: number | null;
  setPlaying(playing: boolean): void;
  setNextRunAt(hours: number | null): void;
}

export const usePlaybackStore = create<PlaybackState>()((set) => ({
  playing: false,
  nextRunAtH: null,
  setPlaying: (playing) => set({ playing }),
  setNextRunAt: (nextRunAtH) => set({ nextRunAtH }),
}));
