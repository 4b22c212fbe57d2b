/**
 * The block of skin as translucent layer slabs (placeholder until the scene issue draws real layers).
 * Depths are in µm below the surface, matching the placeholder engine domain.
 */
import type { SimInfo } from '../../workers/protocol';
import { UM_TO_SCENE } from './sceneUnits';

interface Layer {
  name: string;
  topUm: number;
  bottomUm: number;
  color: string;
  opacity: number;
}

const LAYERS: Layer[] = [
  { name: 'epidermis', topUm: 0, bottomUm: 100, color: '#e0ac8a', opacity: 0.55 },
  { name: 'dermis', topUm: 100, bottomUm: 1100, color: '#d98c8c', opacity: 0.16 },
  { name: 'hypodermis', topUm: 1100, bottomUm: 1200, color: '#f2d98a', opacity: 0.5 },
];

export function TissueBlock({ info }: { info: SimInfo }) {
  const w = info.domainUm.x * UM_TO_SCENE;
  const d = info.domainUm.y * UM_TO_SCENE;
  return (
    <group>
      {LAYERS.map((layer) => {
        const h = (layer.bottomUm - layer.topUm) * UM_TO_SCENE;
        const yCenter = -(layer.topUm + layer.bottomUm) * 0.5 * UM_TO_SCENE;
        return (
          <mesh key={layer.name} position={[0, yCenter, 0]} renderOrder={1}>
            <boxGeometry args={[w, h, d]} />
            <meshStandardMaterial color={layer.color} transparent opacity={layer.opacity} depthWrite={false} />
          </mesh>
        );
      })}
    </group>
  );
}
