import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/** Port of `npm start` / `vite preview` (the e2e tests use the same). */
export const PREVIEW_PORT = 4173;

export default defineConfig({
  // Relative asset URLs: the built app works from any sub-path (LMS embeds, file shares, offline copies).
  base: './',
  plugins: [react()],
  worker: { format: 'es' },
  build: {
    target: 'es2022',
    sourcemap: true,
    // three + r3f is one ~1 MB chunk by design; warn only well above it.
    chunkSizeWarningLimit: 1500,
  },
  preview: { port: PREVIEW_PORT, strictPort: true, host: '127.0.0.1' },
  server: { host: '127.0.0.1' },
});
