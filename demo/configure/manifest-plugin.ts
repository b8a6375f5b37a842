import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';
import { embedEntries, expandNamedTypes, loadManifest, repoPath } from '../../scripts/widget-manifest.ts';

/**
 * Emits `custom-elements.json` beside the page: the widgets' own manifest (made by
 * `pnpm run manifest`), limited to the modules of the tags the loader serves (less the
 * provider, which shows nothing by itself), with named attribute types expanded. The page
 * builds its form from it. The Vietnamese guide goes along, as plain text.
 */
export function widgetManifest(): Plugin {
  return {
    name: 'pbgdpl-configure-manifest',
    apply: 'build',
    generateBundle() {
      const tags = new Set(embedEntries().map((entry) => entry.tag));
      tags.delete('pbgdpl-provider');
      const manifest = loadManifest();
      manifest.modules = manifest.modules.filter((module) =>
        module.declarations?.some((declaration) => declaration.tagName && tags.has(declaration.tagName)),
      );
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
