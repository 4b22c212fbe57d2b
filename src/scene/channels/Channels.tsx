/** Channel lumens closing over time, blood in bleeding channels (stub: being written). */
import type { SimClient } from '../../sim/simClient';

export function Channels({ client }: { client: SimClient }) {
  void client;
  return null;
}
