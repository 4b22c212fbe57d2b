/** Capillary loops, plexus and new vessels (stub: being written). */
import type { SimClient } from '../../sim/simClient';

export function Vessels({ client }: { client: SimClient }) {
  void client;
  return null;
}
