/** Collagen I/III and elastin fibres at the tissue sites (stub: being written). */
import type { SimClient } from '../../sim/simClient';

export function CollagenFibres({ client }: { client: SimClient }) {
  void client;
  return null;
}
