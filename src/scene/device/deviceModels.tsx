/**
 * Procedural needling devices in scene units (mm). Needles are drawn at their true length (needleLengthMm) so
 * they read against the 1 mm block; everything else is shrunk and stylised — a real pen is ~15 mm across, a
 * roller drum ~20 mm, a stamp head ~10 mm, far bigger than the block. All needles of a device are one instanced
 * draw call. The devices are not cut by the cut-away (a half-hidden pen would read as a rendering fault).
 */
import { useLayoutEffect, useMemo, useRef } from 'react';
import type { RefObject } from 'react';
import * as THREE from 'three';
import { DEVICE } from '../../look/colors';

/**
 * Needle root radius, mm (60 µm across): thinner than a real ~0.2–0.25 mm needle shaft, so a dozen of them stay
 * separate on a head shrunk to the block's size, yet wide enough to see next to the 50–100 µm channels. Assumed.
 */
const NEEDLE_BASE_RADIUS = 0.03;
/** Segments around a needle cone. */
const NEEDLE_SEGMENTS = 10;

/** Surgical steel, body plastics and the accent colour (Okabe–Ito blue, so it never reads as tissue or blood). */
const STEEL = DEVICE.steel;
const BODY_WHITE = DEVICE.body;
const CARTRIDGE_CLEAR = DEVICE.cartridge;
const ACCENT_BLUE = DEVICE.accent;

/** Pen: needles per ring (radius mm, count) in a round head — 12 needles, like a common cartridge. */
const PEN_NEEDLE_RINGS: readonly { radius: number; count: number }[] = [
  { radius: 0.12, count: 4 },
  { radius: 0.3, count: 8 },
];
const PEN_HEAD_RADIUS = 0.42;
const PEN_HEAD_HEIGHT = 0.28;
const PEN_BODY_RADIUS = 0.5;
const PEN_BODY_LENGTH = 3.2;

/**
 * Roller drum radius for a needle length (mm): a real drum is ~10 mm in radius, far beyond the 1 mm block; at the
 * block's scale it is shrunk but kept at least about as big as the needles are long, so it reads as a drum with
 * needles rather than a sea urchin. Range assumed, tuned by eye.
 */
export function rollerDrumRadius(needleLength: number): number {
  return Math.min(1.6, Math.max(0.6, 0.75 * needleLength));
}
const ROLLER_DRUM_WIDTH = 1.0;
/** Needles per mm of drum circumference (real drums: ~3 per mm around; fewer here so they stay distinct). */
const ROLLER_NEEDLES_PER_MM_AROUND = 2.6;
const ROLLER_NEEDLE_ROWS = 5;

/** Stamp: plate radius and thickness, needle pitch on a square grid (mm). */
const STAMP_PLATE_RADIUS = 0.48;
const STAMP_PLATE_THICKNESS = 0.12;
const STAMP_NEEDLE_PITCH = 0.17;

/** A needle cone with its root at the origin and its tip at −length along y (pointing down). */
function useNeedleGeometry(length: number): THREE.ConeGeometry {
  const geometry = useMemo(() => {
    const g = new THREE.ConeGeometry(NEEDLE_BASE_RADIUS, length, NEEDLE_SEGMENTS);
    g.rotateX(Math.PI).translate(0, -length / 2, 0);
    return g;
  }, [length]);
  useLayoutEffect(() => () => geometry.dispose(), [geometry]);
  return geometry;
}

/**
 * Fills an instanced mesh's matrices from a list (layout effect, so the first drawn frame has them). `geometry`
 * is a dependency because a new one (another needle length) makes r3f rebuild the instanced mesh.
 */
function useInstanceMatrices(
  ref: RefObject<THREE.InstancedMesh | null>,
  matrices: readonly THREE.Matrix4[],
  geometry: THREE.BufferGeometry,
) {
  useLayoutEffect(() => {
    const mesh = ref.current;
    if (!mesh) return;
    matrices.forEach((m, i) => mesh.setMatrixAt(i, m));
    mesh.instanceMatrix.needsUpdate = true;
    mesh.computeBoundingSphere();
  }, [ref, matrices, geometry]);
}

function Needles({ length, matrices }: { length: number; matrices: readonly THREE.Matrix4[] }) {
  const ref = useRef<THREE.InstancedMesh>(null);
  const geometry = useNeedleGeometry(length);
  useInstanceMatrices(ref, matrices, geometry);
  return (
    <instancedMesh key={matrices.length} ref={ref} args={[geometry, undefined, matrices.length]}>
      <meshStandardMaterial color={STEEL} metalness={0.35} roughness={0.3} />
    </instancedMesh>
  );
}

/** Pen: origin at the needle roots (head underside); the handpiece rises along +y. */
export function PenModel({ needleLength }: { needleLength: number }) {
  const matrices = useMemo(() => {
    const list: THREE.Matrix4[] = [];
    for (const ring of PEN_NEEDLE_RINGS) {
      for (let i = 0; i < ring.count; i++) {
        const angle = (i / ring.count) * Math.PI * 2 + ring.radius;
        list.push(new THREE.Matrix4().makeTranslation(ring.radius * Math.cos(angle), 0, ring.radius * Math.sin(angle)));
      }
    }
    return list;
  }, []);
  return (
    <group>
      <Needles length={needleLength} matrices={matrices} />
      <mesh position-y={PEN_HEAD_HEIGHT / 2}>
        <cylinderGeometry args={[PEN_HEAD_RADIUS, PEN_HEAD_RADIUS, PEN_HEAD_HEIGHT, 32]} />
        <meshStandardMaterial color={CARTRIDGE_CLEAR} roughness={0.15} transparent opacity={0.6} />
      </mesh>
      <mesh position-y={PEN_HEAD_HEIGHT + PEN_BODY_LENGTH / 2}>
        <cylinderGeometry args={[PEN_BODY_RADIUS, PEN_BODY_RADIUS * 0.9, PEN_BODY_LENGTH, 32]} />
        <meshStandardMaterial color={BODY_WHITE} roughness={0.4} />
      </mesh>
      <mesh position-y={PEN_HEAD_HEIGHT + 0.55}>
        <cylinderGeometry args={[PEN_BODY_RADIUS * 1.04, PEN_BODY_RADIUS * 1.04, 0.45, 32]} />
        <meshStandardMaterial color={ACCENT_BLUE} roughness={0.5} />
      </mesh>
    </group>
  );
}

/**
 * Roller: origin on the drum axis. `spinRef` is the drum's group, rotated about z by the caller as it rolls; the
 * yoke and handle do not spin.
 */
export function RollerModel({
  needleLength,
  spinRef,
}: {
  needleLength: number;
  spinRef: RefObject<THREE.Group | null>;
}) {
  const drumRadius = rollerDrumRadius(needleLength);
  const matrices = useMemo(() => {
    const list: THREE.Matrix4[] = [];
    const rotation = new THREE.Matrix4();
    const around = Math.round(2 * Math.PI * drumRadius * ROLLER_NEEDLES_PER_MM_AROUND);
    for (let row = 0; row < ROLLER_NEEDLE_ROWS; row++) {
      const z = ((row + 0.5) / ROLLER_NEEDLE_ROWS - 0.5) * ROLLER_DRUM_WIDTH * 0.9;
      for (let i = 0; i < around; i++) {
        // Alternate rows are staggered by half a step, like a real drum's helical pattern.
        const angle = ((i + (row % 2) * 0.5) / around) * Math.PI * 2;
        // Root on the drum surface, pointing radially outward: a down-pointing needle turned by angle.
        const m = new THREE.Matrix4().makeTranslation(0, -drumRadius, z);
        list.push(rotation.makeRotationZ(angle).multiply(m).clone());
      }
    }
    return list;
  }, [drumRadius]);
  const armHeight = drumRadius + 0.6;
  const armZ = ROLLER_DRUM_WIDTH / 2 + 0.06;
  return (
    <group>
      <group ref={spinRef}>
        <mesh rotation-x={Math.PI / 2}>
          <cylinderGeometry args={[drumRadius, drumRadius, ROLLER_DRUM_WIDTH, 48]} />
          <meshStandardMaterial color={CARTRIDGE_CLEAR} roughness={0.2} />
        </mesh>
        <Needles length={needleLength} matrices={matrices} />
      </group>
      {[-armZ, armZ].map((z) => (
        <mesh key={z} position={[0, armHeight / 2, z]}>
          <cylinderGeometry args={[0.035, 0.035, armHeight, 10]} />
          <meshStandardMaterial color={STEEL} metalness={0.35} roughness={0.3} />
        </mesh>
      ))}
      <mesh position-y={armHeight} rotation-x={Math.PI / 2}>
        <cylinderGeometry args={[0.05, 0.05, armZ * 2, 12]} />
        <meshStandardMaterial color={STEEL} metalness={0.35} roughness={0.3} />
      </mesh>
      {/* Handle: trails up and back (−x) at 40°, out of the way of the rolling drum. */}
      <mesh position={[-1.2 * Math.sin(0.7), armHeight + 1.2 * Math.cos(0.7), 0]} rotation-z={0.7}>
        <cylinderGeometry args={[0.16, 0.16, 2.4, 20]} />
        <meshStandardMaterial color={ACCENT_BLUE} roughness={0.5} />
      </mesh>
    </group>
  );
}

/** Stamp: origin at the needle roots (plate underside); handle with a knob on top. */
export function StampModel({ needleLength }: { needleLength: number }) {
  const matrices = useMemo(() => {
    const list: THREE.Matrix4[] = [];
    const reach = STAMP_PLATE_RADIUS - STAMP_NEEDLE_PITCH * 0.4;
    const steps = Math.floor(reach / STAMP_NEEDLE_PITCH);
    for (let i = -steps; i <= steps; i++) {
      for (let j = -steps; j <= steps; j++) {
        const x = i * STAMP_NEEDLE_PITCH;
        const z = j * STAMP_NEEDLE_PITCH;
        if (Math.hypot(x, z) <= reach) list.push(new THREE.Matrix4().makeTranslation(x, 0, z));
      }
    }
    return list;
  }, []);
  const handleLength = 2.6;
  return (
    <group>
      <Needles length={needleLength} matrices={matrices} />
      <mesh position-y={STAMP_PLATE_THICKNESS / 2}>
        <cylinderGeometry args={[STAMP_PLATE_RADIUS, STAMP_PLATE_RADIUS, STAMP_PLATE_THICKNESS, 32]} />
        <meshStandardMaterial color={BODY_WHITE} roughness={0.35} />
      </mesh>
      <mesh position-y={STAMP_PLATE_THICKNESS + handleLength / 2}>
        <cylinderGeometry args={[0.12, 0.15, handleLength, 20]} />
        <meshStandardMaterial color={ACCENT_BLUE} roughness={0.5} />
      </mesh>
      <mesh position-y={STAMP_PLATE_THICKNESS + handleLength}>
        <sphereGeometry args={[0.24, 20, 14]} />
        <meshStandardMaterial color={BODY_WHITE} roughness={0.35} />
      </mesh>
    </group>
  );
}
