/**
 * Chooses the render tier from measured frame times when the tier choice is 'auto'.
 *
 * Frame times go into a ring buffer (no allocation per frame). Every half second, after a warm-up, the median over
 * the last two seconds decides: slower than ~30 fps steps the tier down; faster than ~80 fps for five seconds in a
 * row steps it up. Any change waits at least five seconds after the previous one (hysteresis: no oscillation), and
 * restarts the measurement, since the new tier changes the cost of a frame (and the canvas size).
 */
import { useFrame } from '@react-three/fiber';
import { useEffect, useMemo, useRef } from 'react';
import type { SimClient } from '../../sim/simClient';
import { useViewStore } from '../../state/viewStore';
import type { RenderTier } from '../../state/viewStore';

/** Tiers from cheapest to richest. */
const TIER_ORDER: readonly RenderTier[] = ['low', 'medium', 'high'];
/** Seconds ignored after mount or a tier change (shader compilation, canvas resize, first uploads). */
const WARMUP_S = 2;
/** Seconds of frames the median is taken over. */
const WINDOW_S = 2;
/** Seconds between evaluations (the median needs no per-frame update). */
const EVALUATE_EVERY_S = 0.5;
/** Median frame time above which the tier steps down, ms (below ~30 fps: motion stops looking fluid). */
const SLOW_FRAME_MS = 33;
/** Median frame time below which the tier may step up, ms (~80 fps: room to spare for a richer tier). */
const FAST_FRAME_MS = 12;
/** Seconds frames must stay fast before stepping up (longer than down: a drop hurts more than a missed upgrade). */
const FAST_SUSTAIN_S = 5;
/** Least seconds between two tier changes. */
const MIN_HOLD_S = 5;
/** Frame deltas above this are pauses (a hidden tab, a debugger), not slowness, s. */
const PAUSE_S = 1;
/** Ring capacity: a full window at up to 240 fps. */
const RING_SIZE = 512;
/** Logical cores at or below which a device starts on 'low' (assumed: phones, tablets, entry laptops). */
const LOW_END_CORES = 4;

/** Starting tier: 'low' on few cores or a touch-first (coarse pointer) device, else 'medium'. */
export function initialTier(): RenderTier {
  const cores = typeof navigator !== 'undefined' ? navigator.hardwareConcurrency : undefined;
  const coarse = typeof matchMedia === 'function' && matchMedia('(pointer: coarse)').matches;
  return coarse || (cores !== undefined && cores <= LOW_END_CORES) ? 'low' : 'medium';
}

/** The starting tier is picked once per page, not again when the canvas is remounted (context-loss recovery). */
let startingTierChosen = false;

/** k-th smallest of values[0..n) (in place, Hoare quickselect; no allocation). */
function selectKth(values: Float32Array, n: number, k: number): number {
  let lo = 0;
  let hi = n - 1;
  while (lo < hi) {
    const pivot = values[(lo + hi) >> 1]!;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (values[i]! < pivot) i++;
      while (values[j]! > pivot) j--;
      if (i <= j) {
        const t = values[i]!;
        values[i] = values[j]!;
        values[j] = t;
        i++;
        j--;
      }
    }
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else break;
  }
  return values[k]!;
}

/** Frame times with their clock, newest last; the median over a trailing window, without allocating. */
class FrameTimes {
  private readonly ms = new Float32Array(RING_SIZE);
  private readonly at = new Float64Array(RING_SIZE);
  private readonly scratch = new Float32Array(RING_SIZE);
  private head = 0;
  private count = 0;

  clear(): void {
    this.count = 0;
  }

  push(frameMs: number, atS: number): void {
    this.ms[this.head] = frameMs;
    this.at[this.head] = atS;
    this.head = (this.head + 1) % RING_SIZE;
    if (this.count < RING_SIZE) this.count++;
  }

  /** Median frame time (ms) of the frames at most `windowS` before `nowS`, or NaN when there are none. */
  median(nowS: number, windowS: number): number {
    let n = 0;
    for (let k = 1; k <= this.count; k++) {
      const i = (this.head - k + RING_SIZE) % RING_SIZE;
      if (nowS - this.at[i]! > windowS) break;
      this.scratch[n++] = this.ms[i]!;
    }
    return n === 0 ? Number.NaN : selectKth(this.scratch, n, n >> 1);
  }
}

export function QualityMonitor({ client }: { client: SimClient }) {
  void client;
  const tierChoice = useViewStore((s) => s.tierChoice);
  const times = useMemo(() => new FrameTimes(), []);
  const m = useRef({ now: 0, measureFrom: WARMUP_S, lastChange: 0, nextEval: 0, fastSince: -1 });

  useEffect(() => {
    if (startingTierChosen) return;
    startingTierChosen = true;
    if (useViewStore.getState().tierChoice === 'auto') useViewStore.getState().setTier(initialTier());
  }, []);

  // Choosing Auto (again) starts a fresh measurement from the tier in effect.
  useEffect(() => {
    const s = m.current;
    times.clear();
    s.fastSince = -1;
    s.measureFrom = s.now + WARMUP_S;
  }, [tierChoice, times]);

  useFrame((_, delta) => {
    const s = m.current;
    s.now += Math.min(delta, PAUSE_S);
    if (tierChoice !== 'auto' || delta > PAUSE_S || s.now < s.measureFrom) return;
    if (typeof document !== 'undefined' && document.hidden) return;

    times.push(delta * 1000, s.now);
    if (s.now < s.nextEval || s.now - s.measureFrom < WINDOW_S) return;
    s.nextEval = s.now + EVALUATE_EVERY_S;
    const median = times.median(s.now, WINDOW_S);
    if (Number.isNaN(median)) return;

    const view = useViewStore.getState();
    const level = TIER_ORDER.indexOf(view.tier);
    const settled = s.now - s.lastChange >= MIN_HOLD_S;
    let next = level;
    if (median > SLOW_FRAME_MS) {
      s.fastSince = -1;
      if (settled && level > 0) next = level - 1;
    } else if (median < FAST_FRAME_MS) {
      if (s.fastSince < 0) s.fastSince = s.now;
      if (settled && s.now - s.fastSince >= FAST_SUSTAIN_S && level < TIER_ORDER.length - 1) next = level + 1;
    } else {
      s.fastSince = -1;
    }
    if (next !== level) {
      view.setTier(TIER_ORDER[next]!);
      times.clear();
      s.lastChange = s.now;
      s.fastSince = -1;
      s.measureFrom = s.now + WARMUP_S;
    }
  });
  return null;
}
