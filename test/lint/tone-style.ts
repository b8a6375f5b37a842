// One way to place Vietnamese tone marks in everything a reader sees: the traditional one that
// normalizeVi writes (hòa, thủy, khỏe), in NFC. Search folds both ways, so this is about the
// text we ship, not about matching. `--fix` rewrites the files in place.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { normalizeVi } from '@pbgdpl/vi-text';

/** UI messages, labels, e-mails, seed and demo content, pages and guides. Tests keep their variants on purpose. */
const SHIPPED = [
  '*.md',
  'admin/src/**',
  'admin/index.html',
  'demo/**',
  'demo-content/*.json',
  'demo-content/*.ndjson',
  'docs/**',
  'embed/**',
  'packages/*/src/**',
  'packages/server/seed/**',
  'widgets/*/src/**',
  'widgets/*/README.md',
  ':!packages/vi-text/**',
];
const TEXT = /\.(ts|json|ndjson|html|md|css)$/;
const WORD = /\p{L}[\p{L}\p{M}]*/gu;
/** Code spans in Markdown may show the other spellings on purpose (`hoà`/`hòa`). */
const CODE_SPAN = /(`[^`\n]*`)/;

const canonicalWords = (text: string) => text.replace(WORD, (word) => normalizeVi(word));
const canonicalText = (file: string, text: string) =>
  file.endsWith('.md')
    ? text
        .split(CODE_SPAN)
        .map((part) => (CODE_SPAN.test(part) ? part : canonicalWords(part)))
        .join('')
    : canonicalWords(text);

const root = join(import.meta.dirname, '../..');
const files = execFileSync('git', ['ls-files', '--', ...SHIPPED], { cwd: root, encoding: 'utf8' })
  .split('\n')
  .filter((file) => TEXT.test(file))
  .map((file) => join(root, file));

const fix = process.argv.includes('--fix');
let offending = 0;
for (const file of files) {
  const text = readFileSync(file, 'utf8');
  const canonical = canonicalText(file, text);
  if (canonical === text) continue;
  offending++;
  if (fix) {
    writeFileSync(file, canonical);
    continue;
  }
  const words = new Set(
    [...text.matchAll(WORD)]
      .map(([word]) => word)
      .filter((word) => normalizeVi(word) !== word && canonical.includes(normalizeVi(word))),
  );
  const shown = [...words].slice(0, 8).map((word) => `${word} → ${normalizeVi(word)}`);
  console.error(`${file}: ${shown.join(', ')}${words.size > 8 ? ', …' : ''}`);
}

if (offending > 0 && !fix) {
  console.error(
    `\n${offending} file(s) place tone marks another way than "hòa, thủy, khỏe" (or are not NFC). ` +
      'Run `pnpm format` (it runs `node --import tsx test/lint/tone-style.ts --fix`).',
  );
  process.exit(1);
}
if (fix) console.log(`tone marks: ${offending} file(s) rewritten`);
