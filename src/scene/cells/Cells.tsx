/** Cells, one draw call per type (stub: being written). */
import type { SimClient } from '../../sim/simClient';

export function Cells({ client }: { client: SimClient }) {
  void client;
  return null;
}
