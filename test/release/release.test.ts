import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

/**
 * `pnpm release` on the current build (`pnpm build` first): the versioned embed folder holds
 * exactly the built files with a correct SRI hash for every one, and `npm pack` of the npm
 * layout ships what its `exports` name, with declaration files that type-check.
 */
const run = promisify(execFile);
const repo = fileURLToPath(new URL('../../', import.meta.url));
const built = join(repo, 'dist/embed');
const { version } = JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8')) as { version: string };
const out = mkdtempSync(join(tmpdir(), 'pbgdpl-release-'));
const folder = join(out, 'embed', version);
const npm = join(out, 'npm');

const release = (target = out) =>
  run(process.execPath, ['--import', 'tsx', 'scripts/release.ts', '--out', target], { cwd: repo });

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort();
}

const sha384 = (file: string) => `sha384-${createHash('sha384').update(readFileSync(file)).digest('base64')}`;

before(async () => {
  await release();
});
after(() => rmSync(out, { recursive: true, force: true }));

test('the versioned folder holds the build exactly as built, with a CHANGELOG entry', () => {
  const expected = filesUnder(built).filter(
    (file) => !file.startsWith('configure/') && file !== 'integrity.json',
  );
  assert.ok(expected.includes('pbgdpl.js') && expected.some((file) => file.startsWith('chunks/runtime-')));
  assert.deepEqual(filesUnder(folder), [...expected, 'CHANGELOG.md', 'integrity.json'].sort());
  for (const file of expected)
    assert.ok(readFileSync(join(folder, file)).equals(readFileSync(join(built, file))), `${file} changed`);
  assert.match(
    readFileSync(join(folder, 'CHANGELOG.md'), 'utf8'),
    new RegExp(`^## \\[${version}\\] - \\d{4}-\\d\\d-\\d\\d`),
  );
});

test('integrity.json has the sha384 of every file, matching its bytes', () => {
  const integrity = JSON.parse(readFileSync(join(folder, 'integrity.json'), 'utf8')) as Record<
    string,
    string
  >;
  const files = filesUnder(folder).filter((file) => file !== 'integrity.json');
  assert.deepEqual(Object.keys(integrity).sort(), files);
  for (const file of files) assert.equal(integrity[file], sha384(join(folder, file)), file);
  // The build's own loader hash (what the configurator offers) is the released one.
  const buildIntegrity = JSON.parse(readFileSync(join(built, 'integrity.json'), 'utf8')) as Record<
    string,
    string
  >;
  assert.equal(integrity['pbgdpl.js'], buildIntegrity['pbgdpl.js']);
});

test('a released version is immutable: other bytes under the same version are refused', async () => {
  const copy = mkdtempSync(join(tmpdir(), 'pbgdpl-release-again-'));
  try {
    cpSync(join(out, 'embed'), join(copy, 'embed'), { recursive: true });
    await release(copy); // the same bytes: allowed, nothing changes
    writeFileSync(join(copy, 'embed', version, 'pbgdpl.js'), '/* tampered */');
    await assert.rejects(release(copy), /already released with other files/);
  } finally {
    rmSync(copy, { recursive: true, force: true });
  }
});

test('npm pack ships every export, its types and the manifest, and nothing else', async () => {
  const manifest = JSON.parse(readFileSync(join(npm, 'package.json'), 'utf8')) as {
    name: string;
    version: string;
    exports: Record<string, string | { types: string; default: string }>;
    customElements: string;
    sideEffects: string[];
  };
  assert.equal(manifest.version, version);
  assert.equal(manifest.customElements, 'custom-elements.json');
  assert.ok(manifest.sideEffects.length > 0, 'importing a widget registers it: not side-effect free');
  const widgetSource = readFileSync(join(repo, 'embed/widgets.ts'), 'utf8');
  const entries = [
    ...new Set(
      [...widgetSource.matchAll(/import\('@pbgdpl\/(?:core\/|[a-z-]+\/)?([a-z-]+)'\)/g)].map((m) => m[1]),
    ),
  ];
  assert.deepEqual(
    Object.keys(manifest.exports)
      .filter((key) => !key.endsWith('.json'))
      .sort(),
    entries.map((entry) => `./${entry}`).sort(),
  );

  const { stdout } = await run('npm', ['pack', '--dry-run', '--json'], { cwd: npm });
  const [packed] = JSON.parse(stdout) as { name: string; files: { path: string }[] }[];
  assert.equal(packed?.name, manifest.name);
  const files = new Set(packed?.files.map((file) => file.path));
  for (const required of ['package.json', 'README.md', 'CHANGELOG.md', 'custom-elements.json'])
    assert.ok(files.has(required), required);
  for (const target of Object.values(manifest.exports)) {
    for (const path of typeof target === 'string' ? [target] : [target.types, target.default])
      assert.ok(files.has(path.replace(/^\.\//, '')), `${path} is exported but not packed`);
  }
  for (const file of files) {
    assert.match(file, /^(dist\/.+\.js|types\/.+\.d\.ts|[A-Za-z-]+\.(json|md))$/, `unexpected ${file}`);
    if (!file.endsWith('.js')) continue;
    // Every chunk an entry imports is packed too.
    const code = readFileSync(join(npm, file), 'utf8');
    for (const [, specifier = ''] of code.matchAll(/(?:from|import)\s*\(?\s*["'](\.{1,2}\/[^"']+)["']/g)) {
      const target = join(file, '..', specifier).split(sep).join('/');
      assert.ok(files.has(target), `${file} imports ${specifier}, not packed`);
    }
  }
});

test('the declaration files type a consumer: tags, attribute values, exported classes', async () => {
  const consumer = mkdtempSync(join(tmpdir(), 'pbgdpl-consumer-'));
  try {
    mkdirSync(join(consumer, 'node_modules/@pbgdpl'), { recursive: true });
    cpSync(npm, join(consumer, 'node_modules/@pbgdpl/widgets'), { recursive: true });
    writeFileSync(
      join(consumer, 'use.ts'),
      `import '@pbgdpl/widgets/legal-docs';
import '@pbgdpl/widgets/legal-doc';
import { PbgdplBanner } from '@pbgdpl/widgets/banner';
const banner: PbgdplBanner = document.createElement('pbgdpl-banner');
banner.placement = 'leaderboard';
banner.noTrack = true;
// @ts-expect-error not a placement
banner.placement = 'skyscraper';
const doc = document.createElement('pbgdpl-legal-doc');
doc.documentId = 12;
document.createElement('pbgdpl-legal-docs').view = 'compact';
`,
    );
    writeFileSync(
      join(consumer, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          strict: true,
          noEmit: true,
          module: 'ESNext',
          moduleResolution: 'Bundler',
          target: 'ES2022',
          lib: ['ES2022', 'DOM'],
          types: [],
        },
        files: ['use.ts'],
      }),
    );
    await run(process.execPath, [join(repo, 'node_modules/typescript/bin/tsc'), '-p', consumer]).catch(
      (error: { stdout?: string }) => assert.fail(error.stdout ?? String(error)),
    );
  } finally {
    rmSync(consumer, { recursive: true, force: true });
  }
});
