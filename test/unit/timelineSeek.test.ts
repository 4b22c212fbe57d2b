import { describe, expect, it } from 'vitest';
import { LatestSeek } from '../../src/ui/timeline/latestSeek';

/** A seek function whose calls resolve (landing on the asked time) when the test says so. */
function manualSeek() {
  const calls: number[] = [];
  const pending: (() => void)[] = [];
  const seek = (hours: number) => {
    calls.push(hours);
    return new Promise<{ timeH: number }>((resolve) => pending.push(() => resolve({ timeH: hours })));
  };
  const resolveNext = async () => {
    pending.shift()?.();
    // Let the queue's await continue.
    for (let i = 0; i < 3; i++) await Promise.resolve();
  };
  return { calls, seek, resolveNext };
}

describe('LatestSeek', () => {
  it('keeps one seek in flight and collapses the ones asked for meanwhile into the newest', async () => {
    const m = manualSeek();
    const seeker = new LatestSeek(m.seek);
    seeker.request(10);
    seeker.request(20);
    seeker.request(30);
    expect(m.calls).toEqual([10]);
    expect(seeker.busy).toBe(true);
    expect(seeker.target).toBe(30);
    await m.resolveNext();
    expect(m.calls).toEqual([10, 30]);
    await m.resolveNext();
    expect(seeker.busy).toBe(false);
    expect(seeker.target).toBeNull();
  });

  it('goes far forwards in legs, so that a newer target need not wait for the whole way', async () => {
    const m = manualSeek();
    const seeker = new LatestSeek(m.seek, () => 0, 24);
    seeker.request(100);
    expect(m.calls).toEqual([24]);
    await m.resolveNext();
    await m.resolveNext();
    expect(m.calls).toEqual([24, 48, 72]);
    // The user drags back while the third leg runs: after it, straight to the new target.
    seeker.request(10);
    await m.resolveNext();
    await m.resolveNext();
    expect(m.calls).toEqual([24, 48, 72, 10]);
    expect(seeker.busy).toBe(false);
  });

  it('reaches a far target through all its legs, the last one exactly', async () => {
    const m = manualSeek();
    const seeker = new LatestSeek(m.seek, () => 5, 24);
    seeker.request(60);
    while (seeker.busy) await m.resolveNext();
    expect(m.calls).toEqual([29, 53, 60]);
  });

  it('carries on after a failed seek', async () => {
    const calls: number[] = [];
    const seeker = new LatestSeek(async (h) => {
      calls.push(h);
      if (h === 1) throw new Error('worker restarting');
      return { timeH: h };
    });
    seeker.request(1);
    seeker.request(2);
    for (let i = 0; i < 10; i++) await Promise.resolve();
    expect(calls).toEqual([1, 2]);
    expect(seeker.busy).toBe(false);
  });
});
