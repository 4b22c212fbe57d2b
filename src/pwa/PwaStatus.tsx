/**
 * The offline app's visible side: registers the service worker (production builds only) and shows the update
 * prompt and the "Available offline" note. Mount once, anywhere in the app (both are fixed-position overlays).
 */
import { useEffect } from 'react';
import { OfflineReadyNote } from './OfflineReadyNote';
import { registerServiceWorker } from './registerServiceWorker';
import { UpdateToast } from './UpdateToast';
import './pwa.css';

export function PwaStatus() {
  useEffect(registerServiceWorker, []);
  return (
    <>
      <UpdateToast />
      <OfflineReadyNote />
    </>
  );
}
