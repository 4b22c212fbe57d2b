/**
 * Camera controls: orbit, pan and zoom with mouse and touch (drei OrbitControls: one finger rotates, two pinch
 * and pan), the keyboard while the canvas has focus, and the four camera presets of the view store, reached by a
 * short animated move (under reduced motion: a jump, and no gliding on after a drag).
 *
 * Keyboard (canvas focused): arrows rotate, Shift+arrows pan, + / = and − zoom, 1–4 the presets (overview,
 * surface, cross-section, channel), 0 or R resets to the overview.
 *
 * The oblique presets look from the page's end side (from the right in left-to-right languages, from the left in
 * right-to-left ones): the block then leans away from the cell legend, which sits on the start side of the stage.
 * A language switch that flips the page re-poses the camera, unless the user has moved it since the last preset.
 */
import { OrbitControls } from '@react-three/drei';
import { useFrame, useThree } from '@react-three/fiber';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import * as THREE from 'three';
import type { OrbitControls as OrbitControlsImpl } from 'three-stdlib';
import { CHANNEL, CHANNEL_STRIDE } from '../../../workers/protocol';
import type { Frame, SimInfo } from '../../../workers/protocol';
import type { SimClient } from '../../sim/simClient';
import { CAMERA_PRESETS, useViewStore } from '../../state/viewStore';
import type { CameraPreset } from '../../state/viewStore';
import { cutModelYUm, cutSceneZ } from '../cutaway';
import { blockSize, modelToScene } from '../sceneUnits';

/** Closest and farthest camera distance from its target, scene mm: a channel fills the view … the whole block is small. */
const MIN_DISTANCE = 0.6;
const MAX_DISTANCE = 8;
/** Lowest the camera may orbit (polar angle from straight above): a little below the horizon, never underneath. */
const MAX_POLAR_ANGLE = Math.PI * 0.6;
/** The orbit target stays within this multiple of the block's half-size of its centre, so panning cannot lose the block. */
const TARGET_LIMIT = 1.5;
/** OrbitControls damping (drei's default is 0.05; a bit firmer feels less floaty on touch). */
const DAMPING_FACTOR = 0.08;
/** Preset transition, seconds (assumed comfortable: long enough to follow, short enough not to wait). */
const TRANSITION_S = 0.6;
/** Keyboard steps: rotation per press (radians), pan per press (fraction of the distance), zoom factor. */
const KEY_ROTATE = Math.PI / 36;
const KEY_PAN = 0.06;
const KEY_ZOOM = 1.15;
/** Surface view: tilt from straight down, radians (20°: the relief reads, the block's sides hardly show). */
const SURFACE_TILT = 0.35;
/** Channel close-up: depth of the point looked at (µm, the epidermis and upper dermis) and distance (mm). */
const CHANNEL_FOCUS_DEPTH_UM = 250;
const CHANNEL_VIEW_DISTANCE = 0.7;
/** How long a channel close-up asked for before any channel exists waits for one (s) before keeping the fallback. */
const CHANNEL_WAIT_S = 20;

// Scratch objects: the per-frame and per-key paths allocate nothing.
const fromPosition = new THREE.Vector3();
const fromTarget = new THREE.Vector3();
const goalPosition = new THREE.Vector3();
const goalTarget = new THREE.Vector3();
const direction = new THREE.Vector3();
const offset = new THREE.Vector3();
const panRight = new THREE.Vector3();
const panUp = new THREE.Vector3();
const clamped = new THREE.Vector3();
const spherical = new THREE.Spherical();

/** Camera distance that fits a box of half-width `halfW` and half-height `halfH` (seen face-on) in the view. */
function fitDistance(halfW: number, halfH: number, camera: THREE.PerspectiveCamera): number {
  const tanHalf = Math.tan(THREE.MathUtils.degToRad(camera.fov) / 2);
  return Math.max(halfH / tanHalf, halfW / (tanHalf * camera.aspect));
}

/**
 * Index of the channel whose axis is nearest the cut plane, preferring channels behind it (the visible side);
 * -1 when there are none.
 */
function channelNearestCut(frame: Frame | null, cutYUm: number): number {
  if (!frame) return -1;
  let best = -1;
  let bestScore = Infinity;
  for (let i = 0; i < frame.channelCount; i++) {
    const y = frame.channels[i * CHANNEL_STRIDE + CHANNEL.y]!;
    // Channels in front of the cut are hidden by it: rank them after every visible one.
    const score = Math.abs(cutYUm - y) + (y > cutYUm ? 1e6 : 0);
    if (score < bestScore) {
      bestScore = score;
      best = i;
    }
  }
  return best;
}

/**
 * Writes the camera position and target of a preset. Returns false for the channel close-up when no channel
 * exists yet (the pose is then the block centre, to be replaced once one appears).
 */
function presetPose(
  preset: CameraPreset,
  info: SimInfo,
  frame: Frame | null,
  camera: THREE.PerspectiveCamera,
  /** 1: the camera looks from the right (left-to-right pages); −1: from the left (right-to-left pages). */
  side: 1 | -1,
  outPosition: THREE.Vector3,
  outTarget: THREE.Vector3,
): boolean {
  const { width, height } = blockSize(info);
  const { cutFraction } = useViewStore.getState();
  switch (preset) {
    case 'overview': {
      // Three-quarter view from the front, the end side and above; the target sits a little high, towards the skin.
      outTarget.set(0, height * 0.08, 0);
      direction.set(0.54 * side, 0.42, 0.73).normalize();
      const radius = Math.hypot(width / Math.SQRT2, height / 2);
      const tanHalf = Math.tan(THREE.MathUtils.degToRad(camera.fov) / 2) * Math.min(1, camera.aspect);
      outPosition.copy(outTarget).addScaledVector(direction, (radius / Math.sin(Math.atan(tanHalf))) * 0.92);
      return true;
    }
    case 'surface': {
      // From above, tilted 20° towards the front so the surface's relief reads; centred on the part of the
      // surface the cut-away leaves (scene z from the back face to the cut).
      const back = -width / 2;
      const front = Math.max(back + width * 0.25, cutSceneZ(info, cutFraction));
      outTarget.set(0, height / 2, (back + front) / 2);
      direction.set(0, Math.cos(SURFACE_TILT), Math.sin(SURFACE_TILT));
      const distance = fitDistance(width * 0.6, (front - back) * 0.6 + width * 0.1, camera);
      outPosition.copy(outTarget).addScaledVector(direction, Math.max(MIN_DISTANCE, distance));
      return true;
    }
    case 'cross-section': {
      // Face-on to the cut: the camera in front of it (+z), looking towards −z.
      const z = cutSceneZ(info, cutFraction);
      outTarget.set(0, 0, z);
      outPosition.set(0, 0, z + fitDistance(width * 0.56, height * 0.54, camera));
      return true;
    }
    case 'channel': {
      const i = channelNearestCut(frame, cutModelYUm(info, cutFraction));
      if (i < 0 || !frame) {
        outTarget.set(0, 0, 0);
        outPosition
          .set(0, 0.3, 1)
          .normalize()
          .multiplyScalar(CHANNEL_VIEW_DISTANCE * 1.5);
        return false;
      }
      const row = i * CHANNEL_STRIDE;
      const depth = Math.min(CHANNEL_FOCUS_DEPTH_UM, frame.channels[row + CHANNEL.depthUm]! * 0.5);
      modelToScene(info, frame.channels[row + CHANNEL.x]!, frame.channels[row + CHANNEL.y]!, depth, outTarget);
      direction.set(0.15 * side, 0.2, 1).normalize();
      outPosition.copy(outTarget).addScaledVector(direction, CHANNEL_VIEW_DISTANCE);
      return true;
    }
  }
}

/** Smoothstep easing: starts and ends at rest. */
function ease(t: number): number {
  return t * t * (3 - 2 * t);
}

export function CameraRig({ client }: { client: SimClient }) {
  const { t, i18n } = useTranslation('view');
  const side = i18n.dir() === 'rtl' ? -1 : 1;
  const { info, frames } = client;
  // Reduced motion: no gliding on after a drag (damping keeps the view moving once the pointer stops).
  const reducedMotion = useViewStore((s) => s.reducedMotion);
  const controlsRef = useRef<OrbitControlsImpl>(null);
  const camera = useThree((s) => s.camera) as THREE.PerspectiveCamera;
  const gl = useThree((s) => s.gl);
  const { width, height } = blockSize(info);
  const limitXZ = (width / 2) * TARGET_LIMIT;
  const limitY = (height / 2) * TARGET_LIMIT;
  const move = useRef({
    /** Nonce of the last camera request applied (-1: none yet; the first is a jump). */
    appliedNonce: -1,
    animating: false,
    elapsed: 0,
    /** Channel close-up asked for before any channel existed: retarget when one appears. */
    awaitingChannel: false,
    awaitedFor: 0,
    /** The page side the current pose was computed for. */
    side: side as 1 | -1,
    /** The user has moved the camera since the last preset (a language switch then leaves it where it is). */
    userMoved: false,
  });

  // The page flipped direction (a language switch): the same preset again, mirrored, unless the user moved away.
  useEffect(() => {
    const m = move.current;
    if (side === m.side) return;
    m.side = side;
    if (!m.userMoved) useViewStore.getState().requestCamera(useViewStore.getState().cameraRequest.preset);
  }, [side]);

  // The canvas takes keyboard focus (a visible outline comes from the stylesheet) and names its keys, in the active
  // language (the effect runs again on a switch).
  const canvasKeys = t('canvasKeys');
  useEffect(() => {
    const canvas = gl.domElement;
    canvas.setAttribute('tabindex', '0');
    canvas.setAttribute('aria-label', canvasKeys);
  }, [gl, canvasKeys]);

  // Keyboard moves. Applied to the camera and target directly; OrbitControls reads them back on its next update.
  useEffect(() => {
    const canvas = gl.domElement;
    const onKeyDown = (e: KeyboardEvent) => {
      const controls = controlsRef.current;
      if (!controls || e.ctrlKey || e.metaKey || e.altKey) return;
      const m = move.current;
      const target = controls.target;
      let handled = true;
      const arrowX = e.key === 'ArrowLeft' ? -1 : e.key === 'ArrowRight' ? 1 : 0;
      const arrowY = e.key === 'ArrowUp' ? 1 : e.key === 'ArrowDown' ? -1 : 0;
      if ((arrowX !== 0 || arrowY !== 0) && e.shiftKey) {
        const step = camera.position.distanceTo(target) * KEY_PAN;
        panRight.setFromMatrixColumn(camera.matrixWorld, 0).multiplyScalar(arrowX * step);
        panUp.setFromMatrixColumn(camera.matrixWorld, 1).multiplyScalar(arrowY * step);
        target.add(panRight).add(panUp);
        camera.position.add(panRight).add(panUp);
      } else if (arrowX !== 0 || arrowY !== 0) {
        offset.copy(camera.position).sub(target);
        spherical.setFromVector3(offset);
        spherical.theta += arrowX * KEY_ROTATE;
        spherical.phi = THREE.MathUtils.clamp(spherical.phi - arrowY * KEY_ROTATE, 0.01, MAX_POLAR_ANGLE);
        offset.setFromSpherical(spherical);
        camera.position.copy(target).add(offset);
      } else if (e.key === '+' || e.key === '=' || e.key === '-' || e.key === '_') {
        const factor = e.key === '-' || e.key === '_' ? KEY_ZOOM : 1 / KEY_ZOOM;
        offset.copy(camera.position).sub(target);
        offset.setLength(THREE.MathUtils.clamp(offset.length() * factor, MIN_DISTANCE, MAX_DISTANCE));
        camera.position.copy(target).add(offset);
      } else if (e.key >= '1' && e.key <= '4') {
        useViewStore.getState().requestCamera(CAMERA_PRESETS[Number(e.key) - 1]!);
      } else if (e.key === '0' || e.key === 'r' || e.key === 'R') {
        useViewStore.getState().requestCamera('overview');
      } else {
        handled = false;
      }
      if (!handled) return;
      // Arrows would scroll the page; a manual move ends a preset transition.
      e.preventDefault();
      if (e.key.startsWith('Arrow') || e.key === '+' || e.key === '=' || e.key === '-' || e.key === '_') {
        m.animating = false;
        m.awaitingChannel = false;
        m.userMoved = true;
        camera.lookAt(target);
      }
    };
    canvas.addEventListener('keydown', onKeyDown);
    return () => canvas.removeEventListener('keydown', onKeyDown);
  }, [gl, camera]);

  // Before OrbitControls' own update (priority −1): start or advance a preset move, keep the target near the block.
  useFrame((_, delta) => {
    const controls = controlsRef.current;
    if (!controls) return;
    const m = move.current;
    const target = controls.target;
    const view = useViewStore.getState();
    const request = view.cameraRequest;

    if (request.nonce !== m.appliedNonce || (m.awaitingChannel && frames.latest && frames.latest.channelCount > 0)) {
      const first = m.appliedNonce < 0;
      const isNew = request.nonce !== m.appliedNonce;
      m.appliedNonce = request.nonce;
      const found = presetPose(request.preset, info, frames.latest, camera, m.side, goalPosition, goalTarget);
      m.userMoved = false;
      if (isNew) m.awaitedFor = 0;
      m.awaitingChannel = !found;
      fromPosition.copy(camera.position);
      fromTarget.copy(target);
      m.elapsed = 0;
      // The opening view (from the URL) and reduced motion jump; everything else glides.
      m.animating = !first && !view.reducedMotion;
      if (!m.animating) {
        camera.position.copy(goalPosition);
        target.copy(goalTarget);
      }
    }
    if (m.awaitingChannel) {
      m.awaitedFor += delta;
      if (m.awaitedFor > CHANNEL_WAIT_S) m.awaitingChannel = false;
    }

    if (m.animating) {
      m.elapsed += delta;
      const t = ease(Math.min(1, m.elapsed / TRANSITION_S));
      camera.position.lerpVectors(fromPosition, goalPosition, t);
      target.lerpVectors(fromTarget, goalTarget, t);
      if (t >= 1) m.animating = false;
    }

    // Keep the orbit centre near the block (moving the camera with it, so the view only stops sliding).
    clamped.set(
      THREE.MathUtils.clamp(target.x, -limitXZ, limitXZ),
      THREE.MathUtils.clamp(target.y, -limitY, limitY),
      THREE.MathUtils.clamp(target.z, -limitXZ, limitXZ),
    );
    if (!clamped.equals(target)) {
      camera.position.add(clamped).sub(target);
      target.copy(clamped);
    }
  }, -2);

  return (
    <OrbitControls
      ref={controlsRef}
      makeDefault
      enableDamping={!reducedMotion}
      dampingFactor={DAMPING_FACTOR}
      minDistance={MIN_DISTANCE}
      maxDistance={MAX_DISTANCE}
      maxPolarAngle={MAX_POLAR_ANGLE}
      touches={{ ONE: THREE.TOUCH.ROTATE, TWO: THREE.TOUCH.DOLLY_PAN }}
      onStart={() => {
        // The user took the camera: stop any preset move under way.
        move.current.animating = false;
        move.current.awaitingChannel = false;
        move.current.userMoved = true;
      }}
    />
  );
}
