// Build of the twin's SPA. No React plugin: the SPA needs no fast refresh, so oxc's own JSX transform
// (automatic runtime) is all the build needs, and it keeps the build fast and offline.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { twinSettings } from '../../config/twin.ts';

const webRoot = path.dirname(fileURLToPath(import.meta.url));

// The API base URL is fixed at build time, as the real app's VITE_API_URL is; the twin's API by default.
const apiUrl = process.env.VITE_API_URL || twinSettings().apiUrl;

export default defineConfig({
  root: webRoot,
  base: '/',
  publicDir: false,
  clearScreen: false,
  oxc: { jsx: { runtime: 'automatic', importSource: 'react' } },
  define: { 'import.meta.env.VITE_API_URL': JSON.stringify(apiUrl) },
  build: {
    outDir: path.join(webRoot, 'dist'),
    emptyOutDir: true,
    assetsDir: 'assets',
    sourcemap: false,
    chunkSizeWarningLimit: 1200,
    rolldownOptions: {
      // react-router's "use client" directives mean nothing in a client-only bundle: keep the log quiet.
      onLog(level, log, handler) {
        if (log.code === 'MODULE_LEVEL_DIRECTIVE') return;
        handler(level, log);
      },
    },
  },
});
