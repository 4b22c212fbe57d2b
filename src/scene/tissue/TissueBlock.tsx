/** The block of skin: layers, rete ridges, fat, skin tone, redness and swelling (stub: being written). */
import type { SimClient } from '../../sim/simClient';

export function TissueBlock({ client }: { client: SimClient }) {
  void client;
  return null;
}
