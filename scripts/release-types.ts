import type { Manifest, ManifestDeclaration } from './widget-manifest.ts';
import { declarationsByTag } from './widget-manifest.ts';

/** Types the manifest writes that a declaration file can repeat as they are. */
const PLAIN_TYPE =
  /^(string|number|boolean|undefined|'[^'\\]*')(\s*\|\s*(string|number|boolean|undefined|'[^'\\]*'))*$/;

const comment = (text: string | undefined, indent: string) =>
  text ? `${indent}/** ${text.replaceAll('*/', '*\\/').replace(/\s+/g, ' ').trim()} */\n` : '';

function classDeclaration(declaration: ManifestDeclaration, exported: boolean): string {
  const fields = (declaration.attributes ?? [])
    .filter((attribute) => attribute.fieldName)
    .map((attribute) => {
      const text = attribute.type?.text ?? 'string';
      // Named types (`DocumentSort`) live in packages the npm package does not ship.
      const type = PLAIN_TYPE.test(text) ? text : 'string';
      const optional = /\bundefined\b/.test(type) ? '?' : '';
      return `${comment(attribute.description, '  ')}  ${attribute.fieldName}${optional}: ${type.replace(/\s*\|\s*undefined/, '')};\n`;
    })
    .join('');
  return `${comment(declaration.summary, '')}${exported ? 'export ' : ''}declare class ${declaration.name} extends HTMLElement {\n${fields}}\n`;
}

/**
 * A declaration file for one entry, written from the manifest: each element class with its
 * attribute-backed properties, and its tag in `HTMLElementTagNameMap` so
 * `document.createElement('pbgdpl-banner')` is typed. `exportedNames` are the classes the
 * entry module exports; the others are declared for the tag map only.
 */
export function entryDeclaration(manifest: Manifest, tags: string[], exportedNames: Set<string>): string {
  const byTag = declarationsByTag(manifest);
  const declarations = tags.map((tag) => {
    const declaration = byTag.get(tag);
    if (!declaration) throw new Error(`custom-elements.json has no <${tag}>: run \`pnpm run manifest\`.`);
    return declaration;
  });
  const classes = declarations.map((declaration) =>
    classDeclaration(declaration, exportedNames.has(declaration.name)),
  );
  const tagMap = declarations.map((declaration) => `    '${declaration.tagName}': ${declaration.name};\n`);
  return `// Written by scripts/release.ts from custom-elements.json.\n${classes.join('\n')}
declare global {
  interface HTMLElementTagNameMap {
${tagMap.join('')}  }
}

export {};
`;
}
