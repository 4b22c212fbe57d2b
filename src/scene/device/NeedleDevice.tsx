/** The needling device animating each session (stub: being written). */
import type { SimClient } from '../../sim/simClient';

export function NeedleDevice({ client }: { client: SimClient }) {
  void client;
  return null;
}
