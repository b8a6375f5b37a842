import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as contract from '../packages/contract/src/index.ts';

/**
 * The widgets as the loader serves them (`embed/widgets.ts`) and as their manifest
 * (`custom-elements.json`) describes them; shared by the embed configurator's build and the
 * release script.
 */
export const repoPath = (path: string) => fileURLToPath(new URL(`../${path}`, import.meta.url));

export interface ManifestAttribute {
  name: string;
  description?: string;
  fieldName?: string;
  type?: { text: string };
}
export interface ManifestDeclaration {
  kind?: string;
  name: string;
  tagName?: string;
  customElement?: boolean;
  summary?: string;
  attributes?: ManifestAttribute[];
}
export interface Manifest {
  modules: { path: string; declarations?: ManifestDeclaration[] }[];
}

/** Each tag the loader knows, with the module specifier whose import defines it. */
export function embedEntries(): { tag: string; specifier: string }[] {
  const source = readFileSync(repoPath('embed/widgets.ts'), 'utf8');
  return [...source.matchAll(/^\s*'(pbgdpl-[a-z-]+)':\s*\(\)\s*=>\s*import\('([^']+)'\)/gm)].map((match) => ({
    tag: match[1] ?? '',
    specifier: match[2] ?? '',
  }));
}

/** `custom-elements.json` as `pnpm run manifest` wrote it; a clear error when it has not run. */
export function loadManifest(): Manifest {
  const file = repoPath('custom-elements.json');
  if (!existsSync(file)) throw new Error('custom-elements.json is missing: run `pnpm run manifest` first.');
  return JSON.parse(readFileSync(file, 'utf8')) as Manifest;
}

/** The custom-element declarations of a manifest, by tag. */
export function declarationsByTag(manifest: Manifest): Map<string, ManifestDeclaration> {
  return new Map(
    manifest.modules
      .flatMap((module) => module.declarations ?? [])
      .filter((declaration) => declaration.customElement && declaration.tagName)
      .map((declaration) => [declaration.tagName ?? '', declaration]),
  );
}

/**
 * The manifest writes a named type (`BannerPlacement`) where the code has one. Attribute types
 * with a fixed set of values are the contract's zod enums, so the contract names their values.
 * A named type it does not export stays as written.
 */
export function expandNamedTypes(manifest: Manifest): Manifest {
  const enums = contract as Record<string, unknown>;
  for (const declaration of manifest.modules.flatMap((module) => module.declarations ?? [])) {
    for (const attribute of declaration.attributes ?? []) {
      const text = attribute.type?.text.replace(/\s*\|\s*undefined$/, '') ?? '';
      const schema = /^[A-Z]\w*$/.test(text) ? enums[text] : undefined;
      // A zod enum lists its values as `options` (a union lists schemas there, not strings).
      const values = (schema as { options?: unknown } | undefined)?.options;
      if (
        !Array.isArray(values) ||
        values.length === 0 ||
        !values.every((value) => typeof value === 'string')
      )
        continue;
      attribute.type = { text: values.map((value) => `'${value}'`).join(' | ') };
    }
  }
  return manifest;
}
