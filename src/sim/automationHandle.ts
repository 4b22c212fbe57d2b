/**
 * `window.healsim`: a small handle for automated tests and scripted demos (the versioned postMessage API for
 * embedders is separate). It exposes the live client and a digest of the frame on screen, so a test can check
 * that the picture after a seek equals the picture of a straight run.
 */
import type { SimClient } from './simClient';
import { frameDigest } from './frameDigest';

export interface AutomationHandle {
  client: SimClient;
  /** Digest of the newest frame received (see frameDigest.ts), or null before the first. */
  frameDigest(): string | null;
  /** Resolves once a frame of exactly `stepIndex` has arrived (use while paused; the scene draws it on the next render). */
  frameAt(stepIndex: number): Promise<string>;
}

declare global {
  interface Window {
    healsim?: AutomationHandle;
  }
}

export function installAutomationHandle(client: SimClient): () => void {
  const handle: AutomationHandle = {
    client,
    frameDigest: () => (client.frames.latest ? frameDigest(client.frames.latest) : null),
    frameAt: (stepIndex) =>
      new Promise((resolve) => {
        const check = () => {
          const f = client.frames.latest;
          if (f && f.stepIndex === stepIndex) resolve(frameDigest(f));
          else setTimeout(check, 20);
        };
        check();
      }),
  };
  window.healsim = handle;
  return () => {
    if (window.healsim === handle) delete window.healsim;
  };
}
