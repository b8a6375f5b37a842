import { readFileSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

/**
 * Fails when a built file or a page's JavaScript exceeds its gzip budget; prints the table
 * either way. `files` and `pages` are the embed bundle (dist/embed), `console` the editor
 * console's chunks (dist/admin).
 */
const embedRoot = fileURLToPath(new URL('../../dist/embed/', import.meta.url));
const consoleRoot = fileURLToPath(new URL('../../dist/admin/', import.meta.url));
const budgets = JSON.parse(readFileSync(new URL('./budgets.json', import.meta.url), 'utf8')) as {
  files: Record<string, number>;
  pages: Record<string, { files: string[]; limit: number }>;
  console: Record<string, number>;
};

function find(pattern: string, root = embedRoot): string {
  const [folder, name] = pattern.includes('/') ? pattern.split('/') : ['', pattern];
  const re = new RegExp(`^${name!.replace(/[.]/g, '\\.').replace('*', '[A-Za-z0-9_-]+')}$`);
  const matches = readdirSync(join(root, folder!)).filter((file) => re.test(file));
  if (matches.length === 0) throw new Error(`No built file matches ${pattern}; run \`pnpm build\` first.`);
  // Two matches would make the size depend on the order the file system lists them.
  if (matches.length > 1)
    throw new Error(`${pattern} matches ${matches.join(', ')}: make the pattern exact.`);
  return join(root, folder!, matches[0]!);
}

const gzipOf = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length;
const gzipSize = (pattern: string, root = embedRoot) => gzipOf(find(pattern, root));

/** Static imports (`import … from"./x.js"`, `import"./x.js"`), not dynamic ones: they load with the chunk. */
const STATIC_IMPORT = /import(?:[^"'()]*?from)?\s*["']\.\/([\w.-]+\.js)["']/g;

/** The files a page loads for its entry chunks: each with everything it imports statically, once. */
function pageFiles(patterns: string[]): Set<string> {
  const files = new Set<string>();
  const visit = (file: string) => {
    if (files.has(file)) return;
    files.add(file);
    for (const [, name] of readFileSync(file, 'utf8').matchAll(STATIC_IMPORT))
      visit(join(dirname(file), name!));
  };
  for (const pattern of patterns) visit(find(pattern));
  return files;
}

const rows: Array<{ what: string; gzip: number; limit: number }> = [
  ...Object.entries(budgets.files).map(([pattern, limit]) => ({
    what: pattern,
    gzip: gzipSize(pattern),
    limit,
  })),
  ...Object.entries(budgets.pages).map(([page, { files, limit }]) => ({
    what: `page: ${page}`,
    gzip: [...pageFiles(files)].reduce((sum, file) => sum + gzipOf(file), 0),
    limit,
  })),
  ...Object.entries(budgets.console).map(([pattern, limit]) => ({
    what: `console: ${pattern}`,
    gzip: gzipSize(pattern, consoleRoot),
    limit,
  })),
];

// Widgets and the console import the contract for types only: no schema library may reach a browser bundle.
const leaked = [join(embedRoot, 'chunks'), join(consoleRoot, 'assets')].flatMap((folder) =>
  readdirSync(folder)
    .filter(
      (file) => file.endsWith('.js') && /\$ZodType|ZodError/.test(readFileSync(join(folder, file), 'utf8')),
    )
    .map((file) => join(folder, file)),
);
if (leaked.length > 0) {
  console.error(`Schema code found in browser chunks: ${leaked.join(', ')}`);
  process.exit(1);
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(2)} KB`;
console.table(
  rows.map((row) => ({
    what: row.what,
    gzip: kb(row.gzip),
    budget: kb(row.limit),
    ok: row.gzip <= row.limit ? 'yes' : 'NO',
  })),
);
const over = rows.filter((row) => row.gzip > row.limit);
if (over.length > 0) {
  console.error(`Over budget: ${over.map((row) => row.what).join(', ')}`);
  process.exit(1);
}
console.log(`${rows.length + 1} passed, 0 failed`);
