/**
 * Recovery from WebGL context loss (a GPU reset, a driver update, the browser reclaiming memory on a tablet)
 * without reloading the page, so the run and the view survive.
 *
 * On `webglcontextlost` the event is cancelled (which lets the browser restore the context) and the view shows a
 * polite "Restoring the 3D view…". On `webglcontextrestored` three's WebGLRenderer re-initialises its GL state
 * and uploads geometry and textures again from the data it keeps; r3f's render loop keeps running, so the next
 * frame draws the scene. If no restore comes within RESTORE_WAIT_MS, the Canvas is remounted under a new key: a
 * new canvas, a new context, every scene component set up afresh from the frame stream.
 *
 * Wiring (SkinScene):
 *   const { canvasKey, canvasRef } = useContextLossRecovery();
 *   <Canvas key={canvasKey} ref={canvasRef} …>
 */
import { useCallback } from 'react';
import { useContextLossStore } from '../state/contextLossStore';

/** How long to wait for the browser to restore a lost context before replacing the canvas, ms. */
const RESTORE_WAIT_MS = 3000;

/** Canvases already listened to (r3f re-hands its canvas to the ref on every render; attach once). */
const watched = new WeakSet<HTMLCanvasElement>();
let restoreTimer: ReturnType<typeof setTimeout> | null = null;

function clearRestoreTimer(): void {
  if (restoreTimer !== null) clearTimeout(restoreTimer);
  restoreTimer = null;
}

function watch(canvas: HTMLCanvasElement): void {
  if (watched.has(canvas)) return;
  watched.add(canvas);
  canvas.addEventListener('webglcontextlost', (event) => {
    // A canvas being torn down (r3f forces its context lost after unmount) is not a loss to recover from.
    if (!canvas.isConnected) return;
    event.preventDefault();
    // A lost canvas shows as a white sheet; hide it so the page's background stays behind the status line.
    canvas.style.visibility = 'hidden';
    useContextLossStore.setState({ lost: true });
    clearRestoreTimer();
    restoreTimer = setTimeout(() => {
      restoreTimer = null;
      if (!canvas.isConnected || !useContextLossStore.getState().lost) return;
      useContextLossStore.setState((s) => ({ lost: false, canvasKey: s.canvasKey + 1 }));
    }, RESTORE_WAIT_MS);
  });
  canvas.addEventListener('webglcontextrestored', () => {
    if (!canvas.isConnected) return;
    clearRestoreTimer();
    canvas.style.visibility = '';
    useContextLossStore.setState({ lost: false });
  });
}

/**
 * For the component that renders the Canvas: `canvasKey` to key it with (changes when it must be replaced) and
 * `canvasRef` to pass as its ref (r3f forwards the ref to the canvas element, which is listened to).
 */
export function useContextLossRecovery(): {
  canvasKey: number;
  canvasRef: (canvas: HTMLCanvasElement | null) => void;
} {
  const canvasKey = useContextLossStore((s) => s.canvasKey);
  const canvasRef = useCallback((canvas: HTMLCanvasElement | null) => {
    if (canvas) watch(canvas);
  }, []);
  return { canvasKey, canvasRef };
}
