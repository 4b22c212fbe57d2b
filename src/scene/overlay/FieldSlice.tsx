/** Heat-map slice of the chosen field at the cut (stub: being written). */
import type { SimClient } from '../../sim/simClient';

export function FieldSlice({ client }: { client: SimClient }) {
  void client;
  return null;
}
