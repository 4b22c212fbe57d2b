/**
 * Whether the 3D view has lost its WebGL context, and the key its Canvas is mounted under (zustand): written by the
 * scene's recovery (scene/contextLoss.ts), read by the panels around it (a status line, disabled view controls).
 */
import { create } from 'zustand';

interface ContextLossState {
  /** The 3D view has lost its WebGL context and is being restored. */
  lost: boolean;
  /** Key of the Canvas: changes when the canvas has to be replaced. */
  canvasKey: number;
}

export const useContextLossStore = create<ContextLossState>()(() => ({ lost: false, canvasKey: 0 }));

/** Whether the 3D view is restoring a lost context (for a status line). */
export function useContextLost(): boolean {
  return useContextLossStore((s) => s.lost);
}
