/**
 * The block of skin: opaque outer walls coloured by layer, a translucent glossy stratum-corneum surface, the
 * dermal–epidermal junction as a rete-ridge height field seen through the epidermis, instanced fat lobules in
 * the hypodermis, and a cap on the cut face that shows the cross-section (clipped meshes are hollow). Skin tone
 * follows the Fitzpatrick type; redness, swelling and barrier loss follow the frame's surface scalars.
 *
 * Frame use: only `frames.latest.surface` (SURFACE.erythema, swelling, barrier), copied into smoothed numbers in
 * useFrame; nothing keeps a reference to the frame's buffers.
 */
import { useFrame } from '@react-three/fiber';
import { useEffect, useLayoutEffect, useMemo, useRef } from 'react';
import * as THREE from 'three';
import { SURFACE } from '../../../workers/protocol';
import type { SimInfo } from '../../../workers/protocol';
import type { SimClient } from '../../sim/simClient';
import { cutPlane } from '../cutaway';
import { UM_TO_SCENE, blockSize } from '../sceneUnits';
import { MAX_LOBULE_DISCS, createCapMaterial, createSectionUniforms, createWallMaterial } from './sectionMaterial';
import type { Lobule } from './tissueGeometry';
import { buildCapGeometry, buildJunctionGeometry, buildWallGeometry, layoutFatLobules } from './tissueGeometry';
import {
  CAP_OFFSET_UM,
  CAP_OPACITY,
  ERYTHEMA_COLOR,
  ERYTHEMA_TINT,
  FAT_COLOR,
  FAT_LOBULE_OPACITY,
  JUNCTION_OPACITY,
  MAX_SWELLING_UM,
  SURFACE_OPACITY,
  SURFACE_ROUGHNESS,
  SURFACE_ROUGHNESS_BARRIER_LOSS,
  displayedRedness,
  basalLayerColor,
  surfaceColor,
} from './tissueLook';

/**
 * Draw order of the block's translucent parts (three sorts transparent objects by renderOrder first). The cap
 * writes no depth, so whatever should look "behind" it must be drawn before it: the fat lobules and the junction
 * first, then the cap, then the top surface (seen from above, over everything under it).
 */
const RENDER_ORDER = { fat: 1, junction: 2, cap: 3, surface: 4 } as const;

/** Segments of a lobule sphere: lobules are big on screen in the cross-section view, so a little smoother than cells. */
const LOBULE_SEGMENTS = { width: 12, height: 8 } as const;

/** Brightness variation between lobules (±), so neighbours separate without outlines. Assumed. */
const LOBULE_SHADE_VARIATION = 0.08;

const scratchMatrix = new THREE.Matrix4();
const scratchPosition = new THREE.Vector3();
const scratchScale = new THREE.Vector3();
const identityRotation = new THREE.Quaternion();
const scratchColor = new THREE.Color();

export function TissueBlock({ client }: { client: SimClient }) {
  const { info, frames } = client;
  const parts = useMemo(() => buildTissueParts(info), [info]);

  useEffect(
    () => () => {
      parts.wallGeometry.dispose();
      parts.wallMaterial.dispose();
      parts.capGeometry.dispose();
      parts.capMaterial.dispose();
      parts.junctionGeometry.dispose();
    },
    [parts],
  );

  const surfaceRef = useRef<THREE.Mesh>(null);
  const surfaceMaterialRef = useRef<THREE.MeshStandardMaterial>(null);
  const junctionRef = useRef<THREE.Mesh>(null);
  const junctionMaterialRef = useRef<THREE.MeshStandardMaterial>(null);
  const capRef = useRef<THREE.Mesh>(null);
  const lobulesRef = useRef<THREE.InstancedMesh>(null);
  const drawn = useRef<DrawnSurface>({ erythema: 0, swelling: 0, barrier: 1, capZ: Number.NaN });

  useLayoutEffect(() => {
    const mesh = lobulesRef.current;
    if (!mesh) return;
    parts.lobules.forEach((lobule, i) => {
      scratchMatrix.compose(
        scratchPosition.set(lobule.x, lobule.y, lobule.z),
        identityRotation,
        scratchScale.set(lobule.rx, lobule.ry, lobule.rz),
      );
      mesh.setMatrixAt(i, scratchMatrix);
      // Deterministic per-lobule shade from its index (golden-ratio sequence): no random state needed.
      const shade = 1 + LOBULE_SHADE_VARIATION * (2 * ((i * 0.618034) % 1) - 1);
      mesh.setColorAt(i, scratchColor.setRGB(shade, shade, shade));
    });
    mesh.instanceMatrix.needsUpdate = true;
    if (mesh.instanceColor) mesh.instanceColor.needsUpdate = true;
    mesh.computeBoundingSphere();
  }, [parts]);

  useFrame(() => {
    updateTissue(parts, drawn.current, frames.latest?.surface, {
      surface: surfaceRef.current,
      surfaceMaterial: surfaceMaterialRef.current,
      junction: junctionRef.current,
      junctionMaterial: junctionMaterialRef.current,
      cap: capRef.current,
    });
  });

  return (
    <group>
      <mesh geometry={parts.wallGeometry} material={parts.wallMaterial} />
      <mesh ref={capRef} geometry={parts.capGeometry} material={parts.capMaterial} renderOrder={RENDER_ORDER.cap} />
      <mesh ref={surfaceRef} rotation-x={-Math.PI / 2} position-y={parts.height / 2} renderOrder={RENDER_ORDER.surface}>
        <planeGeometry args={[parts.width, parts.width]} />
        <meshStandardMaterial
          ref={surfaceMaterialRef}
          color={parts.surfaceColor}
          roughness={SURFACE_ROUGHNESS}
          metalness={0}
          transparent
          opacity={SURFACE_OPACITY}
          depthWrite={false}
          clippingPlanes={[cutPlane]}
        />
      </mesh>
      <mesh ref={junctionRef} geometry={parts.junctionGeometry} renderOrder={RENDER_ORDER.junction}>
        <meshStandardMaterial
          ref={junctionMaterialRef}
          color={parts.basalColor}
          roughness={0.75}
          transparent
          opacity={JUNCTION_OPACITY}
          depthWrite={false}
          side={THREE.DoubleSide}
          clippingPlanes={[cutPlane]}
        />
      </mesh>
      {parts.lobules.length > 0 && (
        <instancedMesh
          key={parts.lobules.length}
          ref={lobulesRef}
          args={[undefined, undefined, parts.lobules.length]}
          renderOrder={RENDER_ORDER.fat}
          frustumCulled={false}
        >
          <sphereGeometry args={[1, LOBULE_SEGMENTS.width, LOBULE_SEGMENTS.height]} />
          <meshStandardMaterial
            color={FAT_COLOR}
            roughness={0.55}
            transparent
            opacity={FAT_LOBULE_OPACITY}
            clippingPlanes={[cutPlane]}
          />
        </instancedMesh>
      )}
    </group>
  );
}

type TissueParts = ReturnType<typeof buildTissueParts>;

/** What the block draws and keeps for one SimInfo: shared uniforms, geometries, materials and the fat layout. */
function buildTissueParts(info: SimInfo) {
  const uniforms = createSectionUniforms(info);
  const lobuleDiscs = new Float32Array(MAX_LOBULE_DISCS * 4);
  const { width, height } = blockSize(info);
  const { stack } = info;
  return {
    width,
    height,
    /** How much of the swelling lifts the junction: its share of the stretched upper layers at its mean depth. */
    junctionSwellShare: Math.max(0, 1 - (stack.stratumCorneumUm + stack.epidermisUm) / stack.papillaryBottomUm),
    uniforms,
    lobuleDiscs,
    lobules: layoutFatLobules(info),
    wallGeometry: buildWallGeometry(info),
    wallMaterial: createWallMaterial(uniforms),
    capGeometry: buildCapGeometry(info),
    capMaterial: createCapMaterial(uniforms, CAP_OPACITY, lobuleDiscs),
    junctionGeometry: buildJunctionGeometry(info),
    surfaceColor: surfaceColor(info.skinType),
    basalColor: basalLayerColor(info.skinType),
    redColor: new THREE.Color(ERYTHEMA_COLOR),
  };
}

interface DrawnSurface {
  erythema: number;
  swelling: number;
  barrier: number;
  /** Cut position the cap's lobule discs were computed for. */
  capZ: number;
}

interface TissueMeshes {
  surface: THREE.Mesh | null;
  surfaceMaterial: THREE.MeshStandardMaterial | null;
  junction: THREE.Mesh | null;
  junctionMaterial: THREE.MeshStandardMaterial | null;
  cap: THREE.Mesh | null;
}

/** Per-frame update: glide toward the frame's surface scalars, then push them into uniforms and materials. */
function updateTissue(
  parts: TissueParts,
  state: DrawnSurface,
  surface: Float32Array | undefined,
  meshes: TissueMeshes,
): void {
  if (surface) {
    // The model's values as they are (no smoothing): the picture of a model hour is the same however it was
    // reached (played, seeked or restored), and the model's own values already change smoothly with time.
    state.erythema = clamp01(surface[SURFACE.erythema]!);
    state.swelling = clamp01(surface[SURFACE.swelling]!);
    state.barrier = clamp01(surface[SURFACE.barrier]!);
  }
  const swellUm = state.swelling * MAX_SWELLING_UM;
  const swellScene = swellUm * UM_TO_SCENE;
  const { uniforms } = parts;
  const redness = displayedRedness(state.erythema);
  uniforms.uErythema.value = redness;
  uniforms.uSwellUm.value = swellUm;
  uniforms.uSwellScene.value = swellScene;

  if (meshes.surface && meshes.surfaceMaterial) {
    meshes.surface.position.y = parts.height / 2 + swellScene;
    meshes.surfaceMaterial.color.copy(parts.surfaceColor).lerp(parts.redColor, redness * ERYTHEMA_TINT.surface);
    // A compromised barrier loses its lipid sheen (rougher): cheap and subtle.
    meshes.surfaceMaterial.roughness = SURFACE_ROUGHNESS + (1 - state.barrier) * SURFACE_ROUGHNESS_BARRIER_LOSS;
  }
  if (meshes.junction && meshes.junctionMaterial) {
    meshes.junction.position.y = swellScene * parts.junctionSwellShare;
    meshes.junctionMaterial.color.copy(parts.basalColor).lerp(parts.redColor, redness * ERYTHEMA_TINT.epidermis);
  }
  if (meshes.cap) {
    const capZ = cutPlane.constant - CAP_OFFSET_UM * UM_TO_SCENE;
    meshes.cap.visible = capZ > -parts.width / 2;
    meshes.cap.position.z = capZ;
    if (capZ !== state.capZ) {
      state.capZ = capZ;
      parts.capMaterial.uniforms.uLobuleDiscCount!.value = sectionLobules(parts.lobules, capZ, parts.lobuleDiscs);
    }
  }
}

/**
 * Writes the sections of the lobules cut by the plane z = planeZ into `out` as ellipse discs (centre x, y and
 * semi-axes, scene units); returns how many (at most MAX_LOBULE_DISCS).
 */
function sectionLobules(lobules: readonly Lobule[], planeZ: number, out: Float32Array): number {
  let count = 0;
  for (const lobule of lobules) {
    if (count >= MAX_LOBULE_DISCS) break;
    const t = (planeZ - lobule.z) / lobule.rz;
    if (t <= -1 || t >= 1) continue;
    const shrink = Math.sqrt(1 - t * t);
    out[count * 4] = lobule.x;
    out[count * 4 + 1] = lobule.y;
    out[count * 4 + 2] = lobule.rx * shrink;
    out[count * 4 + 3] = lobule.ry * shrink;
    count++;
  }
  return count;
}

function clamp01(v: number): number {
  return Number.isFinite(v) ? Math.min(1, Math.max(0, v)) : 0;
}
