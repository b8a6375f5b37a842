import assert from 'node:assert/strict';
import { cpSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { openDatabase } from '../src/db/connection.ts';
import { migrateToLatest } from '../src/db/migrate.ts';
import { loadDemoContent } from '../src/seed/demo-content.ts';
import { demoContentDir } from '../src/seed/demo-file.ts';
import { seedIfEmpty } from '../src/seed/seed.ts';
import { articlesNdjson } from '../../../demo-content/scripts/articles.ts';
import { SEEDED_AT, tempDir, testConfig } from './helpers.ts';

const DATA = [
  'documents.ndjson',
  'banners.json',
  'questions.json',
  'videos.json',
  'activities.json',
  'reporters.json',
  'contests.json',
  'articles.ndjson',
];

/** The demo's data files copied, with one changed by `spoil`. */
function spoiledCopy(file: string, spoil: (text: string) => string, withMedia = false): string {
  const dir = tempDir();
  for (const name of DATA) cpSync(join(demoContentDir, name), join(dir, name));
  // Articles name their files by library address: those need the files in the library.
  if (withMedia) symlinkSync(join(demoContentDir, 'media'), join(dir, 'media'));
  writeFileSync(join(dir, file), spoil(readFileSync(join(dir, file), 'utf8')));
  return dir;
}

type Entry = Record<string, unknown>;

/** Changes the `index`-th entry under `key` of a JSON demo file. */
const entryEdit = (key: string, index: number, change: (entry: Entry) => Entry) => (text: string) => {
  const root = JSON.parse(text) as Record<string, Entry[]>;
  const entries = root[key]!;
  entries[index] = { ...entries[index]!, ...change(entries[index]!) };
  return JSON.stringify(root);
};

/** Loading `dir` fails with a message matching `message`, and leaves no content behind. */
async function refused(dir: string, message: RegExp): Promise<void> {
  const { media, database: settings } = await testConfig();
  const database = openDatabase(settings);
  try {
    await migrateToLatest(database.db);
    await seedIfEmpty(database.db, SEEDED_AT, { demoContent: false, media });
    await assert.rejects(
      database.db.transaction().execute((trx) => loadDemoContent(trx, SEEDED_AT, media, dir)),
      (error: Error) => message.test(error.message),
    );
    for (const table of ['banners', 'documents', 'questions', 'videos', 'activities', 'articles'] as const) {
      const row = await database.db.selectFrom(table).select('id').executeTakeFirst();
      assert.equal(row, undefined, `${table}: nothing written`);
    }
  } finally {
    await database.close();
  }
}

test('a document the import refuses stops the demo with its line and field', async () => {
  const dir = spoiledCopy('documents.ndjson', (text) =>
    text.replace('"issuerId":"tay-ninh"', '"issuerId":"khong-co"'),
  );
  await refused(dir, /documents\.ndjson\n {2}dòng \(line\) 1: issuerId: Không có đơn vị "khong-co"/);
});

test('a banner the admin API would refuse stops the demo with its entry and field', async () => {
  const dir = spoiledCopy(
    'banners.json',
    entryEdit('banners', 2, () => ({ href: 'không phải địa chỉ' })),
  );
  await refused(dir, /banners\.json, banners\[2\]\n {2}href: /);
});

test('an answer citing a document the demo lacks stops it, documents already imported included', async () => {
  const dir = spoiledCopy(
    'questions.json',
    entryEdit('questions', 0, (question) => ({
      answer: {
        ...(question.answer as Entry),
        relatedDocuments: [{ issuerId: 'tay-ninh', number: '999/2099/QĐ-UBND' }],
      },
    })),
  );
  await refused(
    dir,
    /questions\.json, questions\[0\]\.answer\n {2}relatedDocuments: không có văn bản 999\/2099/,
  );
});

test('an activity month out of range stops the demo with its entry', async () => {
  const dir = spoiledCopy(
    'activities.json',
    entryEdit('reports', 4, () => ({ monthOfYear: 13 })),
  );
  await refused(dir, /activities\.json, reports\[4\]\n {2}monthOfYear: /);
});

test('a contest question whose key names a missing option stops the demo with its entry', async () => {
  const dir = spoiledCopy('contests.json', (text) => text.replace('"correct": [1]', '"correct": [7]'));
  await refused(dir, /contests\.json, contests\[0\]\n {2}questions\.0\.correct\.0: /);
});

test('an article naming a document the demo lacks stops it with its line and field', async () => {
  const dir = spoiledCopy(
    'articles.ndjson',
    (text) => text.replace('"210/KH-UBND"', '"999/2099/QĐ-UBND"'),
    true,
  );
  await refused(
    dir,
    /articles\.ndjson\n {2}dòng \(line\) 1: relatedDocuments\.0: Không có văn bản số 999\/2099/,
  );
});

test('the committed articles.ndjson is what demo-content/scripts/articles.ts writes', () => {
  assert.equal(readFileSync(join(demoContentDir, 'articles.ndjson'), 'utf8'), articlesNdjson());
});

test("a unit's demo figures start in the month the unit began", async () => {
  const { media, database: settings } = await testConfig();
  const database = openDatabase(settings);
  try {
    await migrateToLatest(database.db);
    await seedIfEmpty(database.db, SEEDED_AT, { demoContent: true, media });
    const reports = await database.db
      .selectFrom('activities')
      .innerJoin('units', 'units.id', 'activities.unit_id')
      .select(['activities.month', 'units.id', 'units.valid_from'])
      .execute();
    const wards = reports.filter((report) => report.valid_from === '2025-07-01');
    assert.ok(wards.length > 0, 'the demo has figures of units created in 2025');
    assert.deepEqual(
      wards.filter((report) => report.month < '2025-07').map((r) => `${r.id} ${r.month}`),
      [],
    );
  } finally {
    await database.close();
  }
});
