/**
 * The model client the page-wide shortcuts act on (side A: the one the timeline drives). Registered by the
 * primary scene's SceneDescription, which exists exactly while that client runs; the header menu, where the
 * shortcuts live, has no client of its own.
 */
import { create } from 'zustand';
import type { SimClient } from '../sim/simClient';

export const useActiveScene = create<{ client: SimClient | null }>()(() => ({ client: null }));

/** Makes `client` the active one; the returned function undoes it (if nothing replaced it meanwhile). */
export function registerActiveClient(client: SimClient): () => void {
  useActiveScene.setState({ client });
  return () => {
    if (useActiveScene.getState().client === client) useActiveScene.setState({ client: null });
  };
}
