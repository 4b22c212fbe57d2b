/**
 * Comparison timing: side B follows side A's model time. B never plays on its own; whenever A's newest frame
 * shows another time, B is seeked there (forwards it simulates without drawing, backwards it restores a
 * checkpoint), one seek in flight, the newest target wins. Both sides therefore always show the same hour, whatever
 * each worker's speed, and pausing or scrubbing A moves B with it.
 */
import { useEffect } from 'react';
import type { SimClient } from './simClient';

/** How often B checks A's time, ms (frames arrive at most this often on slow devices anyway). */
const FOLLOW_POLL_MS = 200;

export function useFollower(leader: SimClient | null, follower: SimClient | null): void {
  useEffect(() => {
    if (!leader || !follower) return;
    let busy = false;
    let sent = Number.NaN;
    let stopped = false;
    const tick = () => {
      const target = leader.frames.latest?.timeH;
      if (busy || stopped || target === undefined || target === sent) return;
      busy = true;
      sent = target;
      follower.api
        .seek(target)
        .catch(() => undefined)
        .finally(() => {
          busy = false;
        });
    };
    const timer = setInterval(tick, FOLLOW_POLL_MS);
    return () => {
      stopped = true;
      clearInterval(timer);
    };
  }, [leader, follower]);
}
