/** Chooses the render tier from measured frame times (stub: being written). */
import type { SimClient } from '../../sim/simClient';

export function QualityMonitor({ client }: { client: SimClient }) {
  void client;
  return null;
}
