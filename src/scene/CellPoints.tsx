/**
 * All cells in one draw call: a THREE.Points whose position/kind attributes are swapped, not copied, to
 * the arrays of the newest frame. Per-frame work happens in useFrame on refs; React never re-renders.
 */
import { useFrame } from '@react-three/fiber';
import { useMemo, useRef } from 'react';
import * as THREE from 'three';
import fragmentShader from '../../shaders/cells.frag.glsl?raw';
import vertexShader from '../../shaders/cells.vert.glsl?raw';
import type { SimInfo } from '../../workers/protocol';
import type { FrameStream } from '../sim/frameStream';
import { UM_TO_SCENE } from './sceneUnits';

/**
 * Cell colours by kind code (workers/engine/cellKinds.ts): fibroblast amber, neutrophil cyan, macrophage violet,
 * keratinocyte pale pink, myofibroblast red-orange, platelet dark red, endothelial tip green. The scene issue
 * replaces this interim palette with per-type shapes and a colour-blind-safe legend.
 */
const KIND_COLORS = ['#f4a259', '#5bc0eb', '#b388eb', '#f7c6d0', '#e4572e', '#9b2226', '#76c893', '#ffffff'];

interface CellPointsProps {
  frames: FrameStream;
  info: SimInfo;
}

export function CellPoints({ frames, info }: CellPointsProps) {
  const applied = useRef(-1);
  const geometry = useMemo(() => {
    const g = new THREE.BufferGeometry();
    const position = new THREE.BufferAttribute(new Float32Array(info.capacity * 3), 3);
    position.setUsage(THREE.DynamicDrawUsage);
    const kind = new THREE.BufferAttribute(new Uint8Array(info.capacity), 1);
    kind.setUsage(THREE.DynamicDrawUsage);
    g.setAttribute('position', position);
    g.setAttribute('kind', kind);
    g.setDrawRange(0, 0);
    return g;
  }, [info.capacity]);

  const material = useMemo(
    () =>
      new THREE.ShaderMaterial({
        vertexShader,
        fragmentShader,
        uniforms: {
          uUmToScene: { value: UM_TO_SCENE },
          uOffset: {
            value: new THREE.Vector3(-info.domainUm.x * UM_TO_SCENE * 0.5, 0, -info.domainUm.y * UM_TO_SCENE * 0.5),
          },
          uPointScale: { value: 8 },
          uKindColors: { value: KIND_COLORS.map((c) => new THREE.Color(c)) },
        },
      }),
    [info.domainUm.x, info.domainUm.y],
  );

  useFrame(() => {
    const frame = frames.latest;
    if (frame && frames.received !== applied.current) {
      const position = geometry.getAttribute('position') as THREE.BufferAttribute;
      const kind = geometry.getAttribute('kind') as THREE.BufferAttribute;
      position.array = frame.positions;
      position.needsUpdate = true;
      kind.array = frame.kinds;
      kind.needsUpdate = true;
      geometry.setDrawRange(0, frame.count);
      applied.current = frames.received;
    }
    // Only after the newest frame is applied may the previous one's buffers go back to the worker.
    void frames.pull()?.catch(() => undefined);
  });

  return <points geometry={geometry} material={material} frustumCulled={false} />;
}
