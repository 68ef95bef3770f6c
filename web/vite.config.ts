/**
 * @module
 * Builds the dashboard (web/) into static files under web/dist, which the API server mounts at `/`.
 * The basemap TopoJSON is emitted as a separate asset (imported with `?url`) so the app's script
 * stays small and the map boundaries load in parallel. No CDN, no tile server: everything ships.
 * `npm run dev:web` proxies `/api` to a running `faultline serve` on port 8787.
 */
import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vite'

const root = fileURLToPath(new URL('.', import.meta.url))

export default defineConfig({
  root,
  base: '/',
  publicDir: false,
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 800,
    reportCompressedSize: false,
  },
  server: { proxy: { '/api': 'http://127.0.0.1:8787' } },
})
