/**
 * The postMessage API between HealSim in an iframe and the page that embeds it (bridge.ts; the wire format is in
 * protocol.ts and docs/embedding.md). Renders nothing. Active only inside a frame: a top-level page has no host to
 * talk to (and its own window's messages must never be read as commands).
 */
import { useEffect, useRef } from 'react';
import { launch } from '../scenario/launchOptions';
import { noticeText } from '../scenario/shareState';
import type { Notice } from '../scenario/shareState';
import type { SimClient, SimFault } from '../sim/simClient';
import { MessageBridge } from './bridge';

export interface EmbedBridgeProps {
  /** Side A's running model, or null while it (re)starts. */
  client: SimClient | null;
  /** Why the model stopped, if it did (posted as an `error` event). */
  fault?: SimFault | null;
  /** Why the latest scenario was not run (posted as an `error` event). */
  rejected?: Notice | null;
}

/** Whether this page runs inside a frame (reading window.top of a cross-origin parent is allowed; it is a proxy). */
function isEmbedded(): boolean {
  return typeof window !== 'undefined' && window.parent !== window;
}

export function EmbedBridge({ client, fault = null, rejected = null }: EmbedBridgeProps) {
  const bridgeRef = useRef<MessageBridge | null>(null);

  useEffect(() => {
    if (!isEmbedded()) return;
    const bridge = new MessageBridge(window, launch.state.allowOrigin);
    bridgeRef.current = bridge;
    bridge.start();
    return () => {
      bridge.stop();
      bridgeRef.current = null;
    };
  }, []);

  useEffect(() => {
    bridgeRef.current?.setClient(client);
  }, [client]);

  useEffect(() => {
    if (fault) bridgeRef.current?.reportError(fault.kind, fault.message);
  }, [fault]);

  useEffect(() => {
    if (rejected) bridgeRef.current?.reportError('rejected', noticeText(rejected));
  }, [rejected]);

  return null;
}
