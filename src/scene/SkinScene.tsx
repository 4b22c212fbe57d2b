/**
 * The 3D view: the tissue block and everything in it, drawn from the frame stream. Composition only; each part
 * is its own component reading the latest frame in useFrame (see FramePump for the frame contract).
 */
import { Canvas } from '@react-three/fiber';
import type { SimClient } from '../sim/simClient';
import { useViewStore } from '../state/viewStore';
import { CameraRig } from './camera/CameraRig';
import { Cells } from './cells/Cells';
import { Channels } from './channels/Channels';
import { useContextLossRecovery } from './contextLoss';
import { CutawayController } from './cutaway';
import { NeedleDevice } from './device/NeedleDevice';
import { FramePump } from './FramePump';
import { CollagenFibres } from './matrix/CollagenFibres';
import { FieldSlice } from './overlay/FieldSlice';
import { SceneProbe } from './SceneProbe';
import { QualityMonitor } from './quality/QualityMonitor';
import { TIERS } from './quality/tiers';
import { CLEAR_COLOR } from './sceneUnits';
import { TissueBlock } from './tissue/TissueBlock';
import { Vessels } from './vessels/Vessels';

interface SkinSceneProps {
  client: SimClient;
  primary?: boolean;
  label?: string;
  /** The model stopped: keep drawing its latest frame, request no more. */
  frozen?: boolean;
}

/**
 * `primary`: the scene the app's tests, quality monitor and cell picking attach to. In a comparison the second
 * scene (side B) is drawn the same way but is not primary: it follows the first's view and tier.
 */
export function SkinScene({ client, primary = true, label, frozen = false }: SkinSceneProps) {
  const tier = useViewStore((s) => s.tier);
  const { canvasKey, canvasRef } = useContextLossRecovery();
  return (
    <Canvas
      key={canvasKey}
      ref={canvasRef}
      className="scene-canvas"
      aria-label={label}
      dpr={TIERS[tier].dpr}
      camera={{ position: [1.7, 1.3, 2.3], fov: 40, near: 0.01, far: 50 }}
      gl={{ antialias: true, preserveDrawingBuffer: true }}
      onCreated={({ gl }) => {
        gl.localClippingEnabled = true;
      }}
    >
      <color attach="background" args={[CLEAR_COLOR]} />
      <ambientLight intensity={0.7} />
      <directionalLight position={[2, 3, 2]} intensity={1.6} />
      <CutawayController info={client.info} />
      <TissueBlock client={client} />
      <CollagenFibres client={client} />
      <Vessels client={client} />
      <Channels client={client} />
      <Cells client={client} pickable={primary} />
      <FieldSlice client={client} />
      <NeedleDevice client={client} />
      <CameraRig client={client} />
      {primary && !frozen && <QualityMonitor client={client} />}
      {primary && <SceneProbe />}
      {!frozen && <FramePump frames={client.frames} />}
    </Canvas>
  );
}
