/**
 * Whether model time is running, as the user asked for it (play / pause). The worker keeps the truth about its
 * clock; this is the intent the UI shows and what a restart (new parameters) resumes with.
 */
import { create } from 'zustand';

export interface PlaybackState {
  playing: boolean;
  setPlaying(playing: boolean): void;
}

export const usePlaybackStore = create<PlaybackState>()((set) => ({
  playing: false,
  setPlaying: (playing) => set({ playing }),
}));
