import {defineConfig} from 'vite'
import react from '@vitejs/plugin-react'
import {fileURLToPath} from 'node:url'
import {bundledCorpus} from './scripts/vite-corpus.ts'

// The renderer: the same build is served by `npm run web` and loaded from disk by Electron, so paths are
// relative (`base: './'`) and everything it needs, corpus and fonts included, is in the bundle (no network).
export default defineConfig({
  root: 'renderer',
  base: './',
  // The corpus is parsed here, at build time (scripts/vite-corpus.ts), not in the page.
  plugins: [react(), bundledCorpus(fileURLToPath(new URL('./corpus', import.meta.url)))],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    // Fonts stay separate files (the CSP allows data: fonts, but separate files cache and print better).
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 4096
  },
  // The conformity check runs in a module worker (renderer/findings-worker.ts), same origin, so `script-src 'self'` covers it.
  worker: {format: 'es'},
  server: {host: '127.0.0.1'}
})
