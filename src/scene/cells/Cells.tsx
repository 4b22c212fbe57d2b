/**
 * The cells: one instanced draw call per cell type (7), each with its own shape, per-state colours and sizes
 * (look/cellLooks.ts), lit and cut by the cut-away. Per frame (when `frames.received` changes) the frame's mixed arrays
 * are repacked into the per-type buffers (cellBatches.ts), capped per type by the render tier; nothing is allocated
 * in the steady state and React never re-renders for a frame.
 *
 * Also here: tap/click picking (CellPicker) and the halo that follows the selected cell (SelectedCellHalo).
 */
import { useFrame, useThree } from '@react-three/fiber';
import { useEffect, useMemo, useRef } from 'react';
import * as THREE from 'three';
import type { SimClient } from '../../sim/simClient';
import { useViewStore } from '../../state/viewStore';
import { cutPlane } from '../cutaway';
import { TIERS } from '../quality/tiers';
import { modelToScene, UM_TO_SCENE } from '../sceneUnits';
import { CellBatches, INSTANCE_STRIDE } from './cellBatches';
import { cellMaterial } from './cellMaterial';
import { CELL_TYPES } from '../../look/cellLooks';
import { clipFromPointMatrix, isTap, pickCell, sceneFromModelMatrix } from './pickCell';

export function Cells({ client, pickable = true }: { client: SimClient; pickable?: boolean }) {
  const detail = useViewStore((s) => TIERS[s.tier].meshDetail);
  const info = client.info;
  // Rebuilt only when the tier's mesh detail changes (rare); the new batches repack on their first frame.
  const batches = useMemo(() => new CellBatches(info, detail), [info, detail]);
  const materials = useMemo(() => CELL_TYPES.map((type) => cellMaterial(type, info)), [info]);
  useEffect(() => () => batches.dispose(), [batches]);
  useEffect(() => () => materials.forEach((m) => m.dispose()), [materials]);
  const meshes = useRef<(THREE.Mesh | null)[]>([]);

  useFrame(() => {
    const frames = client.frames;
    const frame = frames.latest;
    if (!frame || frames.received === batches.appliedFrame) return;
    // Read without subscribing: the cap is per-frame state, the tier changes rarely.
    batches.repack(frame, frames.received, TIERS[useViewStore.getState().tier].maxCellsPerKind);
    // A type with no cells is skipped entirely (an empty instanced draw still binds its program and uniforms).
    for (let k = 0; k < batches.batches.length; k++) {
      const mesh = meshes.current[k];
      if (mesh) mesh.visible = batches.batches[k]!.count > 0;
    }
  });

  return (
    <group name="cells">
      {batches.batches.map((batch, k) => (
        // Instances span the whole block and move every frame: no bounding sphere to cull by.
        <mesh
          key={batch.kind}
          ref={(mesh) => {
            meshes.current[k] = mesh;
          }}
          visible={false}
          name={`cells-${batch.kind}`}
          geometry={batch.geometry}
          material={materials[batch.kind]}
          frustumCulled={false}
        />
      ))}
      {pickable && <CellPicker client={client} batches={batches} />}
      {pickable && <SelectedCellHalo client={client} />}
    </group>
  );
}

/**
 * Selects the cell under a tap or click (pointer down and up within TAP_SLOP_PX, one pointer), among the cells
 * drawn and not hidden by the cut-away; a tap on no cell clears the selection. Orbit drags and pinches never select.
 */
function CellPicker({ client, batches }: { client: SimClient; batches: CellBatches }) {
  const canvas = useThree((s) => s.gl.domElement);
  const getThree = useThree((s) => s.get);
  useEffect(() => {
    const info = client.info;
    const sceneFromModel = sceneFromModelMatrix(info, new THREE.Matrix4());
    const clipFromModel = new THREE.Matrix4();
    const scenePoint = new THREE.Vector3();
    const isPickable = (x: number, y: number, z: number) =>
      cutPlane.distanceToPoint(modelToScene(info, x, y, z, scenePoint)) >= 0;
    const down = new Map<number, { x: number; y: number }>();
    let multiTouch = false;

    const onDown = (e: PointerEvent) => {
      down.set(e.pointerId, { x: e.clientX, y: e.clientY });
      if (down.size > 1) multiTouch = true; // a pinch or two-finger pan: not a tap
    };
    const onUp = (e: PointerEvent) => {
      const start = down.get(e.pointerId);
      down.delete(e.pointerId);
      const wasMultiTouch = multiTouch;
      if (down.size === 0) multiTouch = false;
      if (!start || wasMultiTouch || (e.pointerType === 'mouse' && e.button !== 0)) return;
      if (!isTap(e.clientX - start.x, e.clientY - start.y)) return;
      const rect = canvas.getBoundingClientRect();
      clipFromPointMatrix(getThree().camera, sceneFromModel, clipFromModel);
      const id = pickCell(
        batches.batches.map((b) => ({
          points: b.instances,
          stride: INSTANCE_STRIDE,
          count: b.count,
          ids: b.ids,
          bodyRadius: bodyRadiusUm(b.kind),
        })),
        clipFromModel,
        {
          pointerPx: { x: e.clientX - rect.left, y: e.clientY - rect.top },
          viewportPx: { width: rect.width, height: rect.height },
          isPickable,
        },
      );
      useViewStore.getState().selectCell(id);
    };
    const onCancel = (e: PointerEvent) => {
      down.delete(e.pointerId);
      if (down.size === 0) multiTouch = false;
    };
    canvas.addEventListener('pointerdown', onDown);
    canvas.addEventListener('pointerup', onUp);
    canvas.addEventListener('pointercancel', onCancel);
    return () => {
      canvas.removeEventListener('pointerdown', onDown);
      canvas.removeEventListener('pointerup', onUp);
      canvas.removeEventListener('pointercancel', onCancel);
    };
  }, [canvas, getThree, client, batches]);
  return null;
}

/**
 * Radius (µm) within which a tap counts as on a cell of this type: its cross radius (the radius of round cells; the
 * half-width of spindles, which undercounts along their length, where the pointer radius still catches them).
 */
function bodyRadiusUm(kind: number): number {
  const size = CELL_TYPES[kind]?.sizeUm;
  return size ? Math.max(size.thickness, size.breadth) / 2 : 0;
}

/** Halo radius relative to the selected cell's half-length: a ring just outside the cell. */
const HALO_CELL_FACTOR = 1.6;
/** Smallest halo radius on screen, CSS px, so tiny or distant cells (platelets) still get a findable ring. */
const HALO_MIN_RADIUS_PX = 14;
/** Halo pulse: relative amplitude and angular speed (rad/s); off under reduced motion. */
const HALO_PULSE_AMPLITUDE = 0.12;
const HALO_PULSE_RATE = 4;

const selectedUm = new THREE.Vector3();

/**
 * A camera-facing ring around the selected cell, drawn over the tissue (no depth test) so it stays findable. It
 * follows the cell's id through the frames and disappears when the cell is gone or hidden by the cut-away.
 */
function SelectedCellHalo({ client }: { client: SimClient }) {
  const ring = useRef<THREE.Mesh>(null);
  const geometry = useMemo(() => new THREE.TorusGeometry(1, 0.09, 8, 48), []);
  const material = useMemo(
    () =>
      new THREE.MeshBasicMaterial({
        color: '#ffffff',
        transparent: true,
        opacity: 0.95,
        depthTest: false,
        depthWrite: false,
      }),
    [],
  );
  useEffect(
    () => () => {
      geometry.dispose();
      material.dispose();
    },
    [geometry, material],
  );

  useFrame((state) => {
    const mesh = ring.current;
    if (!mesh) return;
    mesh.visible = false;
    const { selectedCellId, reducedMotion } = useViewStore.getState();
    const frame = client.frames.latest;
    if (selectedCellId === null || !frame) return;
    const { ids, positions, kinds, count } = frame;
    let index = -1;
    for (let i = 0; i < count; i++) {
      if (ids[i] === selectedCellId) {
        index = i;
        break;
      }
    }
    if (index < 0) return;
    selectedUm.fromArray(positions, index * 3);
    modelToScene(client.info, selectedUm.x, selectedUm.y, selectedUm.z, mesh.position);
    if (cutPlane.distanceToPoint(mesh.position) < 0) return;
    const type = CELL_TYPES[kinds[index]!];
    const cellRadius = ((type?.sizeUm.length ?? 20) / 2) * UM_TO_SCENE * HALO_CELL_FACTOR;
    const camera = state.camera;
    let minRadius = 0;
    if (camera instanceof THREE.PerspectiveCamera) {
      const distance = camera.position.distanceTo(mesh.position);
      const worldPerPx = (2 * distance * Math.tan(THREE.MathUtils.degToRad(camera.fov) / 2)) / state.size.height;
      minRadius = HALO_MIN_RADIUS_PX * worldPerPx;
    }
    const pulse = reducedMotion ? 1 : 1 + HALO_PULSE_AMPLITUDE * Math.sin(state.clock.elapsedTime * HALO_PULSE_RATE);
    mesh.scale.setScalar(Math.max(cellRadius, minRadius) * pulse);
    mesh.quaternion.copy(camera.quaternion);
    mesh.visible = true;
  });

  return <mesh ref={ring} geometry={geometry} material={material} renderOrder={20} visible={false} />;
}
