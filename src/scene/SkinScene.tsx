/** The 3D view: camera, light, the tissue block and the cells, drawn from the frame stream. */
import { OrbitControls } from '@react-three/drei';
import { Canvas } from '@react-three/fiber';
import type { SimClient } from '../sim/simClient';
import { CellPoints } from './CellPoints';
import { CLEAR_COLOR, UM_TO_SCENE } from './sceneUnits';
import { TissueBlock } from './TissueBlock';

export function SkinScene({ client }: { client: SimClient }) {
  return (
    <Canvas
      className="scene-canvas"
      dpr={[1, 2]}
      camera={{ position: [1.7, 1.3, 2.3], fov: 40, near: 0.01, far: 50 }}
      gl={{ antialias: true }}
      aria-label="3D view of a block of skin with moving cells"
      role="img"
    >
      <color attach="background" args={[CLEAR_COLOR]} />
      <ambientLight intensity={0.7} />
      <directionalLight position={[2, 3, 2]} intensity={1.6} />
      {/* Centre the block on the orbit target: its top face sits at half its depth. */}
      <group position={[0, (client.info.domainUm.z * UM_TO_SCENE) / 2, 0]}>
        <TissueBlock info={client.info} />
        <CellPoints frames={client.frames} info={client.info} />
      </group>
      <OrbitControls makeDefault enableDamping target={[0, 0, 0]} />
    </Canvas>
  );
}
