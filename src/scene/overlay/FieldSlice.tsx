/**
 * Heat map of one model field (a chemokine, growth factor, oxygen or the topical agent) drawn on the cut face.
 *
 * Reads `frame.slice` (nx × nz values, x fastest, row iz = depth from the top, in the field's unit) whenever a
 * new frame arrives and its `sliceField` is the overlay chosen in the view store; the worker fills it at the cut
 * position (useViewSync tells it where). Values map through the field's fixed scale (OverlayInfo.scale, log10
 * when `log`) into viridis, one RGBA texel per voxel, in a texture allocated once per grid.
 */
import { useFrame } from '@react-three/fiber';
import { useEffect, useMemo, useRef } from 'react';
import * as THREE from 'three';
import type { OverlayScale } from '../../../workers/protocol';
import type { SimClient } from '../../sim/simClient';
import { useViewStore } from '../../state/viewStore';
import { cutPlane } from '../cutaway';
import { blockSize } from '../sceneUnits';
import { LUT_SIZE, scalePosition, VIRIDIS_LUT } from '../../look/colormap';

/**
 * How far the slice sits in front of the cut plane (scene mm = 2 µm): enough to win the depth test against
 * anything lying exactly on the cut, far too little to see as a gap.
 */
const SLICE_OFFSET = 0.002;
/** Slice opacity: the field reads clearly while cells and fibres behind the cut still show through. */
const SLICE_OPACITY = 0.75;
/** Draw after the opaque tissue and the other transparent layers, so the slice tints what lies behind it. */
const SLICE_RENDER_ORDER = 10;

export function FieldSlice({ client }: { client: SimClient }) {
  const { info, frames } = client;
  const overlay = useViewStore((s) => s.overlay);
  const meshRef = useRef<THREE.Mesh>(null);
  const applied = useRef({ received: -1, field: null as string | null });

  const { nx, nz } = info.grid;
  const { width, height } = blockSize(info);

  const scales = useMemo(() => new Map<string, OverlayScale>(info.overlays.map((o) => [o.id, o.scale])), [info]);
  const slice = useMemo(() => new SliceTexture(nx, nz), [nx, nz]);
  useEffect(() => () => slice.dispose(), [slice]);

  // A new overlay choice waits for a frame that carries it (the previous field must not show under the new name).
  useEffect(() => {
    applied.current.received = -1;
    applied.current.field = null;
  }, [overlay, slice]);

  useFrame(() => {
    const mesh = meshRef.current;
    if (!mesh) return;
    const frame = frames.latest;
    const state = applied.current;
    if (frame && frames.received !== state.received) {
      state.received = frames.received;
      const field = frame.sliceField;
      const scale = field !== null && field === overlay ? scales.get(field) : undefined;
      if (scale) {
        slice.write(frame.slice, scale);
        state.field = field;
      }
    }
    mesh.visible = overlay !== null && state.field === overlay;
    mesh.position.z = cutPlane.constant + SLICE_OFFSET;
  });

  if (overlay === null) return null;
  return (
    <mesh ref={meshRef} renderOrder={SLICE_RENDER_ORDER} visible={false}>
      <planeGeometry args={[width, height]} />
      <meshBasicMaterial
        map={slice.texture}
        transparent
        opacity={SLICE_OPACITY}
        depthWrite={false}
        side={THREE.DoubleSide}
        toneMapped={false}
      />
    </mesh>
  );
}

/** The slice's texture: one RGBA texel per voxel, allocated once per grid and rewritten in place. */
class SliceTexture {
  readonly texture: THREE.DataTexture;
  private readonly texels: Uint8Array;
  private readonly nx: number;
  private readonly nz: number;

  constructor(nx: number, nz: number) {
    this.nx = nx;
    this.nz = nz;
    this.texels = new Uint8Array(nx * nz * 4);
    const t = new THREE.DataTexture(this.texels, nx, nz, THREE.RGBAFormat, THREE.UnsignedByteType);
    // The LUT is sRGB; decode it so the slice shows the same colours as the HTML colour bar.
    t.colorSpace = THREE.SRGBColorSpace;
    t.magFilter = THREE.LinearFilter;
    t.minFilter = THREE.LinearFilter;
    t.generateMipmaps = false;
    this.texture = t;
  }

  /** Colours a slice (row iz = depth from the top); texture row 0 is the plane's bottom, so row iz goes to nz − 1 − iz. */
  write(slice: Float32Array, scale: OverlayScale): void {
    const { nx, nz, texels } = this;
    for (let iz = 0; iz < nz; iz++) {
      const from = iz * nx;
      const to = (nz - 1 - iz) * nx * 4;
      for (let ix = 0; ix < nx; ix++) {
        const lut = Math.round(scalePosition(slice[from + ix]!, scale) * (LUT_SIZE - 1)) * 3;
        const o = to + ix * 4;
        texels[o] = VIRIDIS_LUT[lut]!;
        texels[o + 1] = VIRIDIS_LUT[lut + 1]!;
        texels[o + 2] = VIRIDIS_LUT[lut + 2]!;
        texels[o + 3] = 255;
      }
    }
    this.texture.needsUpdate = true;
  }

  dispose(): void {
    this.texture.dispose();
  }
}
