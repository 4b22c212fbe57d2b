/**
 * The block of skin as translucent layer slabs, from the layer bands the worker reports (placeholder look until
 * the scene issue draws rete ridges, vessels and fat lobules).
 */
import type { SimInfo } from '../../workers/protocol';
import { UM_TO_SCENE } from './sceneUnits';

/** Colour and opacity per layer (stratum corneum … hypodermis); translucent so cells inside stay visible. */
const LAYER_LOOK: Record<string, { color: string; opacity: number }> = {
  'stratum corneum': { color: '#f3e3c8', opacity: 0.8 },
  'viable epidermis': { color: '#e0ac8a', opacity: 0.55 },
  'papillary dermis': { color: '#e7a1a1', opacity: 0.18 },
  'reticular dermis': { color: '#c98383', opacity: 0.12 },
  hypodermis: { color: '#f2d98a', opacity: 0.35 },
};

export function TissueBlock({ info }: { info: SimInfo }) {
  const w = info.domainUm.x * UM_TO_SCENE;
  const d = info.domainUm.y * UM_TO_SCENE;
  return (
    <group>
      {info.layers.map((layer) => {
        const h = (layer.bottomUm - layer.topUm) * UM_TO_SCENE;
        const yCenter = -(layer.topUm + layer.bottomUm) * 0.5 * UM_TO_SCENE;
        const look = LAYER_LOOK[layer.name] ?? { color: '#888888', opacity: 0.2 };
        return (
          <mesh key={layer.name} position={[0, yCenter, 0]} renderOrder={1}>
            <boxGeometry args={[w, h, d]} />
            <meshStandardMaterial color={look.color} transparent opacity={look.opacity} depthWrite={false} />
          </mesh>
        );
      })}
    </group>
  );
}
