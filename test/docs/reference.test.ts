import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { readManifest, REFERENCE_FILE, renderReference } from './reference.ts';

test('docs/reference.md says what custom-elements.json says (run pnpm docs:reference)', async () => {
  const expected = await renderReference(readManifest());
  assert.equal(readFileSync(REFERENCE_FILE, 'utf8'), expected);
});

test('the reference covers every element the loader defines', () => {
  const reference = readFileSync(REFERENCE_FILE, 'utf8');
  const loader = readFileSync(new URL('../../embed/widgets.ts', import.meta.url), 'utf8');
  const tags = [...loader.matchAll(/'(pbgdpl-[a-z-]+)':/g)].map((match) => match[1]);
  assert.ok(tags.length >= 3);
  for (const tag of tags) assert.ok(reference.includes(`### \`<${tag}>\``), `${tag} is missing`);
});
