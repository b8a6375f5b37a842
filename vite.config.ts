import { defineConfig } from 'vite';
import { readFileSync } from 'node:fs';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };

/** Lit, the API client, i18n and our core: one chunk every widget shares and the browser caches once. */
const RUNTIME = /node_modules[\\/](?:\.pnpm[\\/])?(?:lit|lit-html|lit-element|@lit|ky|i18next)|packages[\\/]core[\\/]src[\\/](?!loader-settings|sanitize)|^\0/;

export default defineConfig({
  define: { __PBGDPL_VERSION__: JSON.stringify(version) },
  build: {
    outDir: 'dist/embed',
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: true,
    // Library mode: the loader imports chunks itself, so Vite's preload helper would only add bytes.
    lib: { entry: { pbgdpl: 'embed/loader.ts' }, formats: ['es'] },
    rolldownOptions: {
      // The loader exports nothing; letting the bundler reshape it keeps shared code where it belongs.
      preserveEntrySignatures: 'allow-extension',
      output: {
        // Library mode keeps whitespace by default; these files are only ever shipped to browsers.
        minify: true,
        entryFileNames: '[name].js',
        chunkFileNames: 'chunks/[name]-[hash].js',
        codeSplitting: {
          // The loader's few shared bytes (page settings) must stay in the loader, not pull in the runtime.
          includeDependenciesRecursively: false,
          groups: [{ name: 'runtime', test: RUNTIME }],
        },
      },
    },
  },
});
