import { defineConfig } from 'vite';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as {
  version: string;
};

/**
 * Lit, the API client, i18n, our core and the contract's value lists: one
 * chunk every widget shares and the browser caches once. Not in it: the sanitizer (only widgets
 * showing API HTML need it), the consent fields and proof of work (only forms that collect
 * personal data), the browsing pieces (below) and English messages (imported when an element
 * shows English).
 */
const RUNTIME =
  /node_modules[\\/](?:\.pnpm[\\/])?(?:lit|lit-html|lit-element|@lit|ky|i18next)|packages[\\/]core[\\/]src[\\/](?!loader-settings|sanitize|reader|locales[\\/]en|browse-|url-codec|focus|consent-form|proof-of-work|submission)|packages[\\/]contract[\\/]src[\\/]values|^\0/;

/** Searching, pages and the detail dialog: shared by the browsing widgets, not loaded by a banner. */
const BROWSE = /packages[\\/]core[\\/]src[\\/](?:browse-|url-codec|focus)/;

/** Sending a message with consents (a dialogue question, feedback on a document): only forms load it. */
const SUBMISSION = /packages[\\/]core[\\/]src[\\/]submission[\\/](?!locales[\\/]en)/;

/** Reading one text (toolbar, read aloud, print, save): shared by the document and article views. */
const READER = /packages[\\/]core[\\/]src[\\/]reader[\\/](?!locales[\\/]en)/;

/** Writes `integrity.json` (SRI of the loader) so a pinned script tag can carry `integrity`. */
function integrityManifest(): Plugin {
  return {
    name: 'pbgdpl-integrity',
    generateBundle(_options, bundle) {
      const entry = bundle['pbgdpl.js'];
      if (entry?.type !== 'chunk') return;
      const integrity = `sha384-${createHash('sha384').update(entry.code).digest('base64')}`;
      this.emitFile({
        type: 'asset',
        fileName: 'integrity.json',
        source: JSON.stringify({ 'pbgdpl.js': integrity }, null, 2),
      });
      this.info(`pbgdpl.js integrity: ${integrity}`);
    },
  };
}

export default defineConfig({
  plugins: [integrityManifest()],
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
          groups: [
            { name: 'runtime', test: RUNTIME },
            { name: 'browse', test: BROWSE },
            { name: 'reader', test: READER },
            { name: 'submission', test: SUBMISSION },
          ],
        },
      },
    },
  },
});
