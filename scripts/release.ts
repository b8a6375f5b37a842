/**
 * `pnpm release`: turns the current build into a release. Run after `pnpm build` (the `release`
 * script does both). Writes, under `--out` (default `dist/release`):
 *
 * - `embed/<version>/`: the loader and its chunks exactly as built in `dist/embed`, plus
 *   `integrity.json` (sha384 SRI of every file) and the version's CHANGELOG section. The server
 *   serves it at `/embed/<version>/`, immutable. A version already released with other bytes is
 *   refused: bump the version instead.
 * - `npm/`: the npm package: one ES module per widget (`exports`), declaration files, the
 *   manifest, README and CHANGELOG.
 *
 * Options: `--out <dir>`, `--embed <dir>` (the build to release, default `dist/embed`).
 */
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { build, type Rolldown } from 'vite';
import { entryDeclaration } from './release-types.ts';
import { embedEntries, expandNamedTypes, loadManifest, repoPath } from './widget-manifest.ts';

const { values: options } = parseArgs({
  options: { out: { type: 'string' }, embed: { type: 'string' } },
});
const out = resolve(options.out ?? repoPath('dist/release'));
const builtEmbed = resolve(options.embed ?? repoPath('dist/embed'));
const rootPackage = JSON.parse(readFileSync(repoPath('package.json'), 'utf8')) as {
  version: string;
  description: string;
  license: string;
};
const { version } = rootPackage;

/** Every file under `dir`, as `/`-separated paths relative to it, sorted. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort();
}

export const sri = (bytes: Buffer) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;

/** This version's section of CHANGELOG.md; a release without one is refused. */
function changelogSection(): string {
  const changelog = readFileSync(repoPath('CHANGELOG.md'), 'utf8');
  const start = changelog.search(new RegExp(`^## \\[${version.replaceAll('.', '\\.')}\\]`, 'm'));
  if (start < 0) throw new Error(`CHANGELOG.md has no "## [${version}]" entry: write it before releasing.`);
  const next = changelog.slice(start + 1).search(/^## \[/m);
  return changelog.slice(start, next < 0 ? undefined : start + 1 + next).trim() + '\n';
}

/** The built loader and chunks (not the configurator page, not the loader-only integrity file). */
function embedFiles(): string[] {
  if (!existsSync(join(builtEmbed, 'pbgdpl.js')))
    throw new Error(`${builtEmbed} has no build: run \`pnpm build\`.`);
  return filesUnder(builtEmbed).filter((file) => !file.startsWith('configure/') && file !== 'integrity.json');
}

function releaseEmbed(changelog: string): string {
  const folder = join(out, 'embed', version);
  const files = embedFiles();
  if (existsSync(folder)) {
    const released = filesUnder(folder).filter(
      (file) => file !== 'CHANGELOG.md' && file !== 'integrity.json',
    );
    const same =
      released.join('\n') === files.join('\n') &&
      files.every((file) => readFileSync(join(folder, file)).equals(readFileSync(join(builtEmbed, file))));
    if (!same)
      throw new Error(`${version} is already released with other files (immutable): bump the version.`);
  }
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(folder, { recursive: true });
  for (const file of files) cpSync(join(builtEmbed, file), join(folder, file));
  writeFileSync(join(folder, 'CHANGELOG.md'), changelog);
  const integrity = Object.fromEntries(
    filesUnder(folder).map((file) => [file, sri(readFileSync(join(folder, file)))]),
  );
  writeFileSync(join(folder, 'integrity.json'), `${JSON.stringify(integrity, null, 2)}\n`);
  return folder;
}

/** `@pbgdpl/banner` → `banner`, `@pbgdpl/core/provider` → `provider`. */
const entryName = (specifier: string) => specifier.split('/').pop() ?? specifier;

async function releaseNpm(changelog: string): Promise<string> {
  const folder = join(out, 'npm');
  rmSync(folder, { recursive: true, force: true });
  const entries = embedEntries();
  const resolveFromEmbed = createRequire(repoPath('embed/package.json')).resolve;
  const input = Object.fromEntries(
    [...new Set(entries.map((entry) => entry.specifier))].map((specifier) => [
      entryName(specifier),
      resolveFromEmbed(specifier),
    ]),
  );
  // Self-contained modules (Lit included), like the loader's chunks: one import per widget.
  const result = (await build({
    configFile: false,
    logLevel: 'warn',
    define: { __PBGDPL_VERSION__: JSON.stringify(version) },
    build: {
      outDir: join(folder, 'dist'),
      emptyOutDir: true,
      target: 'es2022',
      lib: { entry: input, formats: ['es'] },
      rolldownOptions: {
        output: { minify: true, entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js' },
      },
    },
  })) as Rolldown.RolldownOutput | Rolldown.RolldownOutput[];
  const chunks = (Array.isArray(result) ? result : [result]).flatMap((output) => output.output);
  const manifest = expandNamedTypes(loadManifest());
  mkdirSync(join(folder, 'types'));
  const exportsField: Record<string, unknown> = {};
  for (const name of Object.keys(input)) {
    const chunk = chunks.find((item) => item.type === 'chunk' && item.isEntry && item.name === name);
    const exported = new Set(chunk?.type === 'chunk' ? chunk.exports : []);
    const tags = entries.filter((entry) => entryName(entry.specifier) === name).map((entry) => entry.tag);
    writeFileSync(join(folder, 'types', `${name}.d.ts`), entryDeclaration(manifest, tags, exported));
    exportsField[`./${name}`] = { types: `./types/${name}.d.ts`, default: `./dist/${name}.js` };
  }
  exportsField['./custom-elements.json'] = './custom-elements.json';
  exportsField['./package.json'] = './package.json';
  writeFileSync(join(folder, 'custom-elements.json'), JSON.stringify(manifest, null, 2));
  writeFileSync(join(folder, 'CHANGELOG.md'), changelog);
  writeFileSync(join(folder, 'README.md'), npmReadme(Object.keys(input)));
  const packageJson = {
    name: '@pbgdpl/widgets',
    version,
    description: rootPackage.description,
    license: rootPackage.license,
    type: 'module',
    exports: exportsField,
    customElements: 'custom-elements.json',
    files: ['dist', 'types', 'custom-elements.json', 'CHANGELOG.md'],
    // Importing a widget registers its element: every module has that effect.
    sideEffects: ['./dist/**/*.js'],
  };
  writeFileSync(join(folder, 'package.json'), `${JSON.stringify(packageJson, null, 2)}\n`);
  return folder;
}

function npmReadme(names: string[]): string {
  return `# @pbgdpl/widgets ${version}

The PBGDPL web components as ES modules. Importing one registers its element:

\`\`\`js
import '@pbgdpl/widgets/banner';
\`\`\`

Entries: ${names.map((name) => `\`@pbgdpl/widgets/${name}\``).join(', ')}. Each module bundles its
runtime (Lit included). Without the loader, give each element its \`api\` attribute (or wrap
them in \`<pbgdpl-provider api="…">\`). Attributes, events, parts and custom properties:
\`custom-elements.json\`. Compatibility rules: docs/versioning.md in the repository.
`;
}

const changelog = changelogSection();
const embedFolder = releaseEmbed(changelog);
const npmFolder = await releaseNpm(changelog);
console.log(
  `release ${version}:\n  ${relative(process.cwd(), embedFolder)}\n  ${relative(process.cwd(), npmFolder)}`,
);
