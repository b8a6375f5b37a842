import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';
import {
  embedEntries,
  expandNamedTypes,
  loadManifest,
  repoPath,
  type Manifest,
} from '../../scripts/widget-manifest.ts';

type ManifestModule = Manifest['modules'][number];

/**
 * Emits `custom-elements.json` beside the page: the widgets' own manifest (made by
 * `pnpm run manifest`), limited to the modules of the tags the loader serves (less the
 * provider, which shows nothing by itself) and in the loader's order, with named attribute
 * types expanded. The page builds its form from it and opens on the first widget, the banner.
 * The Vietnamese guide goes along, as plain text.
 */
export function widgetManifest(): Plugin {
  return {
    name: 'pbgdpl-configure-manifest',
    apply: 'build',
    generateBundle() {
      const order = embedEntries()
        .map((entry) => entry.tag)
        .filter((tag) => tag !== 'pbgdpl-provider');
      /** The loader's position of the module's first served tag; -1 when it serves none. */
      const rank = (module: ManifestModule) =>
        order.findIndex((tag) => module.declarations?.some((declaration) => declaration.tagName === tag));
      const manifest = loadManifest();
      manifest.modules = manifest.modules
        .filter((module) => rank(module) >= 0)
        .sort((a, b) => rank(a) - rank(b));
      this.emitFile({
        type: 'asset',
        fileName: 'custom-elements.json',
        source: JSON.stringify(expandNamedTypes(manifest)),
      });
      this.emitFile({
        type: 'asset',
        fileName: 'huong-dan-nhung.txt',
        source: readFileSync(repoPath('docs/huong-dan-nhung.md'), 'utf8'),
      });
    },
  };
}
