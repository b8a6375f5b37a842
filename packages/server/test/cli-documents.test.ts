import assert from 'node:assert/strict';
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { cliRunner, documentInput } from './helpers.ts';

async function cli() {
  const { dir, run } = await cliRunner();
  const file = (name: string, rows: unknown[]) => {
    writeFileSync(
      join(dir, name),
      rows.map((row) => (typeof row === 'string' ? row : JSON.stringify(row))).join('\n'),
    );
    return name;
  };
  return { run, file, dir };
}

test('import-documents: --dry-run checks, a clean file is written, rejected rows exit 1 listing lines', async () => {
  const { run, file } = await cli();
  assert.equal((await run('seed')).code, 0);
  const good = file('good.ndjson', [
    documentInput({ number: '1/2025/QĐ-UBND' }),
    '',
    documentInput({ number: '2/2025/QĐ-UBND' }),
  ]);

  const dry = await run('import-documents', good, '--dry-run');
  assert.equal(dry.code, 0, dry.err);
  assert.match(dry.out, /dry run, nothing written/);
  assert.match(dry.out, /2 dòng: 2 văn bản mới, 0 cập nhật/);

  const written = await run('import-documents', good);
  assert.equal(written.code, 0, written.err);
  assert.match(written.out, /^Đã nhập 2 dòng: 2 văn bản mới/);
  assert.match((await run('import-documents', good)).out, /0 văn bản mới, 2 cập nhật/);

  const bad = await run(
    'import-documents',
    file('bad.ndjson', [documentInput(), 'không phải JSON', { ...documentInput(), fields: [] }]),
  );
  assert.equal(bad.code, 1);
  assert.match(bad.err, /2 dòng bị từ chối/);
  assert.match(bad.err, /dòng 2: json: Dòng này không phải JSON hợp lệ/);
  assert.match(bad.err, /dòng 3: fields: /);

  assert.equal((await run('import-documents')).code, 2);
  assert.equal((await run('import-documents', 'missing.ndjson')).code, 1);
});

test('export-documents writes every document as import-documents reads it; moved to an empty server, they come out the same', async () => {
  const first = await cli();
  assert.equal((await first.run('seed')).code, 0);
  const exported = await first.run('export-documents', 'all.ndjson');
  assert.equal(exported.code, 0, exported.err);
  const [, count = '0'] = /Đã xuất (\d+) văn bản/.exec(exported.err) ?? [];
  assert.ok(Number(count) >= 150, exported.err);
  const lines = readFileSync(join(first.dir, 'all.ndjson'), 'utf8').trimEnd().split('\n');
  assert.equal(lines.length, Number(count));
  assert.ok(lines.some((line) => (JSON.parse(line) as { relations: unknown[] }).relations.length > 0));

  // Moving to an empty server: the site snapshot (units) first, then the documents.
  assert.equal((await first.run('export', 'site.json')).code, 0);
  const second = await cli();
  for (const name of ['site.json', 'all.ndjson']) copyFileSync(join(first.dir, name), join(second.dir, name));
  assert.equal((await second.run('import', 'site.json')).code, 0);
  const imported = await second.run('import-documents', 'all.ndjson');
  assert.equal(imported.code, 0, imported.err);
  assert.match(imported.out, new RegExp(`${count} dòng: ${count} văn bản mới, 0 cập nhật`));
  assert.equal((await second.run('export-documents', 'again.ndjson')).code, 0);
  assert.equal(readFileSync(join(second.dir, 'again.ndjson'), 'utf8'), `${lines.join('\n')}\n`);

  assert.equal((await first.run('export-documents')).code, 2);
});
