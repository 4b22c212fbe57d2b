/**
 * Pull-based frame stream on the main thread.
 *
 * - One request in flight at a time: `pull()` does nothing while a request is pending, so a slow device
 *   simply receives fewer frames; the model's results are unaffected.
 * - Double-buffered, zero-copy: each request transfers the buffers of the frame before the current one
 *   (which no consumer holds once it has applied the current one) back to the worker for reuse.
 *
 * Contract for consumers: read `latest` and apply it (e.g. swap it into a BufferAttribute), THEN call
 * `pull()`. That order guarantees the buffers handed back are not the ones being drawn.
 */
import * as Comlink from 'comlink';
import type { Remote } from 'comlink';
import { frameTransferables } from '../../workers/protocol';
import type { Frame, FrameBuffers, SimWorkerApi } from '../../workers/protocol';

export class FrameStream {
  /** The newest frame received, or null before the first arrives. */
  latest: Frame | null = null;
  /** Increments with every frame received; consumers compare it to see whether anything changed. */
  received = 0;
  private spare: FrameBuffers | null = null;
  private pending = false;
  private closed = false;
  // An ES private field: React's dev-mode prop diffing walks enumerable fields, and reading a released Comlink
  // proxy throws (see simClient.ts).
  readonly #api: Remote<SimWorkerApi>;
  private readonly onError: (error: unknown) => void;

  constructor(api: Remote<SimWorkerApi>, onError: (error: unknown) => void) {
    this.#api = api;
    this.onError = onError;
  }

  get inFlight(): boolean {
    return this.pending;
  }

  /**
   * Asks for the next frame unless one is already on its way. Returns the request (resolving to the new frame, or
   * to null when the model has not changed since the last one), or null if no request was made.
   */
  pull(): Promise<Frame | null> | null {
    if (this.pending || this.closed) return null;
    this.pending = true;
    const spare = this.spare;
    this.spare = null;
    const request = this.#api.frame(spare ? Comlink.transfer(spare, frameTransferables(spare)) : null);
    return request.then(
      (frame) => {
        this.pending = false;
        // Unchanged: the worker kept the spare we sent; keep showing `latest`.
        if (this.closed || frame === null) return frame;
        this.spare = this.latest;
        this.latest = frame;
        this.received++;
        return frame;
      },
      (error: unknown) => {
        this.pending = false;
        this.onError(error);
        throw error;
      },
    );
  }

  close(): void {
    this.closed = true;
    this.latest = null;
    this.spare = null;
  }
}
