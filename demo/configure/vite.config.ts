import { defineConfig } from 'vite';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { widgetManifest } from './manifest-plugin.ts';

/**
 * The embed configurator: one page (`index.html`) and hashed assets in `dist/embed/configure/`,
 * served by the API server at `/embed/configure/` under a strict Content-Security-Policy (no
 * inline script or style). Runs after the embed build, whose `emptyOutDir` would wipe it, and
 * after `pnpm run manifest`, whose output it copies.
 */
const root = fileURLToPath(new URL('.', import.meta.url));
const { version } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
  version: string;
};

export default defineConfig({
  root,
  base: '/embed/configure/',
  publicDir: false,
  plugins: [widgetManifest()],
  define: { __PBGDPL_VERSION__: JSON.stringify(version) },
  build: {
    outDir: fileURLToPath(new URL('../../dist/embed/configure', import.meta.url)),
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: true,
    // Nothing inline: the CSP forbids inline scripts and styles.
    assetsInlineLimit: 0,
    rolldownOptions: {
      output: {
        entryFileNames: 'assets/[name]-[hash].js',
        chunkFileNames: 'assets/[name]-[hash].js',
        assetFileNames: 'assets/[name]-[hash][extname]',
      },
    },
  },
});
