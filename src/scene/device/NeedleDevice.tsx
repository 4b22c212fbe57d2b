/**
 * The needling device (pen, roller or stamp, from info.device), played for ~2.5 s of wall-clock time whenever
 * model time first passes a session time (and at app start when the run opens at its first step), then hidden.
 * Under reduced motion it is shown still, hovering, for a moment instead. The channels it leaves are drawn from
 * the frame by the channels layer; this only animates the device.
 *
 * Frame use: `frames.latest.timeH`, `stepIndex` and `frames.received` (to spot new frames), read in useFrame.
 */
import { useFrame } from '@react-three/fiber';
import { useMemo, useRef } from 'react';
import type * as THREE from 'three';
import type { SimClient } from '../../sim/simClient';
import { useViewStore } from '../../state/viewStore';
import { blockSize } from '../sceneUnits';
import type { DevicePose } from './deviceMotion';
import { DEVICE_ANIMATION_S, DEVICE_KEYS, DEVICE_STATIC_SHOW_S, samplePose, staticPose } from './deviceMotion';
import { PenModel, RollerModel, rollerDrumRadius, StampModel } from './deviceModels';
import { SessionCrossingWatcher } from './sessionTrigger';

/** Playback state kept on a ref (never React state): when the current showing started and how it plays. */
interface Playback {
  watcher: SessionCrossingWatcher;
  /** Clock time the showing started, s; NaN when nothing is showing. */
  startS: number;
  /** Still (reduced motion) rather than animated. */
  still: boolean;
  pose: DevicePose;
}

export function NeedleDevice({ client }: { client: SimClient }) {
  const { info, frames } = client;
  const kind = info.device;
  const surfaceY = blockSize(info).height / 2;
  const groupRef = useRef<THREE.Group>(null);
  const spinRef = useRef<THREE.Group>(null);
  const playback = useRef<Playback>({
    watcher: new SessionCrossingWatcher(),
    startS: Number.NaN,
    still: false,
    pose: { x: 0, z: 0, lift: 0 },
  });
  const drumRadius = rollerDrumRadius(info.needleLengthMm);
  const keys = useMemo(() => DEVICE_KEYS[kind], [kind]);

  useFrame(({ clock }) => {
    const group = groupRef.current;
    if (!group) return;
    const state = playback.current;
    const now = clock.elapsedTime;
    const frame = frames.latest;
    if (frame && state.watcher.observe(frames.received, frame.stepIndex, frame.timeH, info.sessionTimesH)) {
      state.startS = now;
      state.still = useViewStore.getState().reducedMotion;
    }
    const elapsed = now - state.startS;
    const duration = state.still ? DEVICE_STATIC_SHOW_S : DEVICE_ANIMATION_S;
    // NaN start (nothing showing) fails this test too, so the device stays hidden.
    const showing = elapsed >= 0 && elapsed < duration;
    group.visible = showing;
    if (!showing) return;
    const pose = state.still ? staticPose(kind, state.pose) : samplePose(keys, elapsed, state.pose);
    // Roller: the origin is the drum axis, one drum radius above its bottom; it turns as it rolls (no slip).
    const originAboveRoots = kind === 'roller' ? drumRadius : 0;
    group.position.set(pose.x, surfaceY + pose.lift + originAboveRoots, pose.z);
    if (spinRef.current) spinRef.current.rotation.z = -pose.x / drumRadius;
  });

  return (
    <group ref={groupRef} visible={false}>
      {kind === 'pen' && <PenModel needleLength={info.needleLengthMm} />}
      {kind === 'roller' && <RollerModel needleLength={info.needleLengthMm} spinRef={spinRef} />}
      {kind === 'stamp' && <StampModel needleLength={info.needleLengthMm} />}
    </group>
  );
}
