/**
 * Play / pause of side A: the intent goes to the playback store (what the button shows, what a re-run resumes
 * with) and the command to the worker. Side B is never played here: it follows A's time (useFollower.ts).
 */
import { useCallback } from 'react';
import type { SimClient } from '../../sim/simClient';
import { usePlaybackStore } from '../../state/playbackStore';

export function usePlayToggle(client: SimClient): { playing: boolean; toggle: () => void } {
  const playing = usePlaybackStore((s) => s.playing);
  const toggle = useCallback(() => {
    const next = !usePlaybackStore.getState().playing;
    usePlaybackStore.getState().setPlaying(next);
    void (next ? client.api.play() : client.api.pause()).catch(() => undefined);
  }, [client]);
  return { playing, toggle };
}
