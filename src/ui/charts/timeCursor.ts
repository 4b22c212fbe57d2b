/**
 * The model time on screen, for the charts' cursor lines: ONE requestAnimationFrame loop per panel reads the frame
 * stream (as the timeline does) and tells the charts only when a new frame arrived. No React state: each chart moves
 * its own line element. The per-frame work is a counter comparison; nothing is allocated in the loop.
 */

export interface FrameSource {
  readonly latest: { readonly timeH: number } | null;
  readonly received: number;
}

export type CursorListener = (timeH: number) => void;

export class TimeCursorHub {
  /** The time of the newest frame seen, h (NaN before the first). */
  timeH = Number.NaN;
  private readonly listeners = new Set<CursorListener>();
  private shown = -1;
  private raf = 0;

  constructor(private readonly frames: FrameSource) {}

  /** Adds a chart's listener (called now with the current time if known); returns its removal. */
  add(listener: CursorListener): () => void {
    this.listeners.add(listener);
    if (!Number.isNaN(this.timeH)) listener(this.timeH);
    return () => this.listeners.delete(listener);
  }

  /** Reads the frame stream once: notifies the listeners if a new frame arrived. Returns whether it did. */
  poll(): boolean {
    const frame = this.frames.latest;
    if (!frame || this.frames.received === this.shown) return false;
    this.shown = this.frames.received;
    this.timeH = frame.timeH;
    for (const listener of this.listeners) listener(this.timeH);
    return true;
  }

  start(): void {
    if (this.raf !== 0) return;
    const loop = () => {
      this.poll();
      this.raf = requestAnimationFrame(loop);
    };
    this.raf = requestAnimationFrame(loop);
  }

  stop(): void {
    cancelAnimationFrame(this.raf);
    this.raf = 0;
  }
}
