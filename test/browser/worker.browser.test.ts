/**
 * In real Chromium: the Vite-built module worker starts, streams frames by transfer, and WebGL 2 exists
 * (SwiftShader in CI). These are what the e2e tests build on, checked in isolation.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createSimClient } from '../../src/sim/simClient';
import type { SimClient } from '../../src/sim/simClient';

let client: SimClient | null = null;
afterEach(() => {
  client?.dispose();
  client = null;
});

describe('in a real browser', () => {
  it('runs the model in a real Worker and receives transferred frames', async () => {
    client = await createSimClient({ seed: 5, params: { block_width_um: 600, quality: 'low' } }, (e) => {
      throw e;
    });
    await client.api.advanceTo(3);
    const first = (await client.frames.pull())!;
    expect(first.stepIndex).toBe(30);
    expect(first.count).toBeGreaterThan(1000);
    await client.api.stepOnce();
    await client.frames.pull();
    await client.api.stepOnce();
    await client.frames.pull(); // hands `first`'s buffers back to the worker
    expect(first.positions.byteLength).toBe(0);
    expect(first.states.byteLength + first.headings.byteLength + first.ids.byteLength).toBe(0);
  });

  it('has WebGL 2', () => {
    const canvas = document.createElement('canvas');
    const gl = canvas.getContext('webgl2');
    expect(gl).not.toBeNull();
    expect(gl!.getParameter(gl!.MAX_TEXTURE_SIZE)).toBeGreaterThanOrEqual(2048);
  });
});
