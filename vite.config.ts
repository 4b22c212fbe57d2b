import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';

/** Port of `npm start` / `vite preview` (the e2e tests use the same). */
export const PREVIEW_PORT = 4173;

/** The app's dark navy: manifest background and theme colour (same as index.html's theme-color and styles.css). */
const BRAND_NAVY = '#0d1b2a';

/**
 * Largest file the service worker precaches. Workbox's default (2 MiB) would silently leave a big chunk out and
 * break offline use; three + r3f is one ~1 MB chunk and may grow, so allow 8 MiB. Source maps are never precached
 * (see `globPatterns`), so only real app files count against this.
 */
const MAX_PRECACHE_FILE_BYTES = 8 * 1024 * 1024;

export default defineConfig({
  // Relative asset URLs: the built app works from any sub-path (LMS embeds, file shares, offline copies).
  base: './',
  plugins: [
    react(),
    // Installable, offline PWA (docs/offline.md). The service worker precaches every file of the build; the
    // app registers it itself (src/pwa/registerServiceWorker.ts), so nothing is injected into index.html.
    VitePWA({
      strategies: 'generateSW',
      registerType: 'prompt',
      injectRegister: false,
      // Never in the dev server (stale caches while editing); Vitest does not load this plugin at all.
      devOptions: { enabled: false },
      // Scope and start URL relative to the service worker: the app works from any sub-path.
      scope: './',
      // `globPatterns` below already takes every file of public/; listing them again would only duplicate entries.
      includeManifestIcons: false,
      manifest: {
        name: 'HealSim — skin healing after micro-needling (educational simulation)',
        short_name: 'HealSim',
        description: 'HealSim: an interactive, educational 3D simulation of skin healing after micro-needling.',
        lang: 'en',
        dir: 'ltr',
        start_url: './',
        scope: './',
        display: 'standalone',
        background_color: BRAND_NAVY,
        theme_color: BRAND_NAVY,
        categories: ['education', 'medical'],
        icons: [
          { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
          { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
          { src: 'icons/icon-512-maskable.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
          { src: 'favicon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
        ],
      },
      workbox: {
        // Every file of the build (app, the model's worker chunk, styles, icons, manifest, index.html); shaders
        // and locale texts are inlined in the JS. Source maps (*.map) are left out: large and only for debugging.
        globPatterns: ['**/*.{js,mjs,css,html,svg,png,ico,webp,webmanifest,json,wasm,glsl,woff2}'],
        // The plugin adds the web manifest itself (with its own revision): not twice. (Workbox's default ignore kept.)
        globIgnores: ['**/node_modules/**/*', 'manifest.webmanifest'],
        maximumFileSizeToCacheInBytes: MAX_PRECACHE_FILE_BYTES,
        // Workbox's runtime bundled into sw.js itself: no importScripts of a separate file, never a CDN.
        inlineWorkboxRuntime: true,
        // Any navigation (with any query: ?mode=patient&locale=es) gets the precached app shell when offline.
        navigateFallback: 'index.html',
        // The first install takes control at once (nothing stale to protect); updates wait for the user's
        // "Reload" (registerType 'prompt': no reload in the middle of an explanation).
        clientsClaim: true,
        skipWaiting: false,
        cleanupOutdatedCaches: true,
        sourcemap: false,
      },
    }),
  ],
  worker: { format: 'es' },
  build: {
    target: 'es2022',
    sourcemap: true,
    // three + r3f is one ~1 MB chunk by design, plus the text of every language (~0.5 MB, bundled so each language
    // works offline and switches without a request); warn only well above that.
    chunkSizeWarningLimit: 2000,
  },
  preview: { port: PREVIEW_PORT, strictPort: true, host: '127.0.0.1' },
  server: { host: '127.0.0.1' },
});
