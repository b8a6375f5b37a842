import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { after, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { compareCodes } from '@pbgdpl/vi-text';

/**
 * custom-elements.json feeds the configurator, the reference, Storybook and the release types,
 * so it must not depend on where the checkout lives or in which order the file system lists
 * it. Two copies in differently named folders of different depth, their files written in
 * opposite orders, must give the same bytes as the checkout's own build.
 */
const repo = fileURLToPath(new URL('../../', import.meta.url));
const analyzer = join(repo, 'node_modules/.bin/custom-elements-manifest');
const CONFIG = 'custom-elements-manifest.config.mjs';
/** The analyzer looks upward for a package.json and never stops without one. */
const PACKAGE = 'package.json';
const scratch = mkdtempSync(join(tmpdir(), 'pbgdpl-manifest-'));
after(() => rmSync(scratch, { recursive: true, force: true }));

/** The TypeScript files under the analyzer's folders, as paths relative to the checkout. */
const sources = ['packages/core/src', 'widgets']
  .flatMap((folder) => readdirSync(join(repo, folder), { recursive: true, withFileTypes: true }))
  .filter((entry) => entry.isFile() && entry.name.endsWith('.ts'))
  .map((entry) => relative(repo, join(entry.parentPath, entry.name)))
  .filter((path) => !path.includes('node_modules'))
  .sort(compareCodes);

function manifestIn(folder: string, files: string[]): string {
  for (const file of [CONFIG, PACKAGE, ...files]) {
    mkdirSync(dirname(join(folder, file)), { recursive: true });
    cpSync(join(repo, file), join(folder, file));
  }
  execFileSync(analyzer, ['analyze', '--config', CONFIG, '--quiet'], { cwd: folder, stdio: 'pipe' });
  return readFileSync(join(folder, 'custom-elements.json'), 'utf8');
}

test('custom-elements.json comes out byte-identical in any folder and any file-system order', () => {
  const first = manifestIn(join(scratch, 'a'), sources);
  const second = manifestIn(join(scratch, 'deeper', 'checkout of the widgets'), [...sources].reverse());
  assert.equal(second, first);
  assert.equal(readFileSync(join(repo, 'custom-elements.json'), 'utf8'), first, 'the build wrote the same');
  const paths = (JSON.parse(first) as { modules: { path: string }[] }).modules.map((module) => module.path);
  assert.deepEqual(paths, [...paths].sort(compareCodes), 'modules in path order');
  assert.ok(paths.includes('widgets/banner/src/banner.ts') && !first.includes(scratch), 'no absolute path');
});
