/** Camera controls, keyboard, presets and reset (stub: being written). */
import type { SimClient } from '../../sim/simClient';

export function CameraRig({ client }: { client: SimClient }) {
  void client;
  return null;
}
