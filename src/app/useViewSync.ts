/** Keeps what the worker writes into frames (overlay field, slice position) in step with the view store. */
import { useEffect } from 'react';
import { cutModelYUm } from '../scene/cutaway';
import { useViewStore } from '../state/viewStore';
import type { SimClient } from '../sim/simClient';

export function useViewSync(client: SimClient | null): void {
  const overlay = useViewStore((s) => s.overlay);
  const cutFraction = useViewStore((s) => s.cutFraction);
  useEffect(() => {
    if (!client) return;
    void client.api.setView({ overlay, sliceYUm: cutModelYUm(client.info, cutFraction) }).catch(() => undefined);
  }, [client, overlay, cutFraction]);
}
