import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { sql } from 'kysely';
import { loadConfig } from '../src/config.ts';
import { openDatabase } from '../src/db/connection.ts';
import { contentVersion } from '../src/repositories/content-version.ts';
import { cliRunner, documentInput, makeApp, testDialect } from './helpers.ts';

/**
 * Public answers are cached until the content version moves, so every table an answer is read
 * from must move it (triggers of migration 0010), and every other table must say why not.
 */
const CONTENT = [
  'activities',
  'articles',
  'banners',
  'contest_questions',
  'contest_rounds',
  'contests',
  'dialogue_questions',
  'dialogues',
  'document_feedback',
  'document_fields',
  'document_relations',
  'documents',
  'question_documents',
  'questions',
  'reporters',
  'site_links',
  'site_settings',
  'unit_successors',
  'units',
  'video_fields',
  'videos',
];
const NOT_CONTENT = {
  audit_log: 'the editors’ trail, read only by editors',
  content_transitions: 'the review workflow’s moves, read only by signed-in routes',
  content_version: 'the counter itself',
  contest_answers: 'answers being given: results are remade every minute (routes/contests.ts)',
  contest_attempts: 'attempts: results are remade every minute, attempts are never cached',
  contest_consents: 'consent records; results read them with the attempts, every minute',
  contest_participants: 'personal data; results read the consented names with the attempts, every minute',
  dialogue_changes: 'the live streams’ log of public changes, read by each node’s poller',
  dialogue_supports: 'who supported a question; the count moves with dialogue_questions',
  contest_prizes: 'prizes awarded: read only by the organisers, never by a public answer',
  data_versions: 'versions of derived data, moved with the content they follow',
  event_days: 'beacon counts: statistics of today expire on their own (routes/stats.ts)',
  event_rollup: 'where the beacon roll-up stopped',
  events: 'beacons, see event_days',
  idempotency_keys: 'answers to repeated POSTs',
  job_leases: 'which node runs a periodic job',
  media:
    'files named by their content: an answer changes only when an item starts to use one, which moves it',
  media_chunks: 'the bytes of media kept in the database, see media',
  media_variants: 'resized copies of media images, see media',
  one_time_links: 'invitations and password resets, read only when used',
  outbox: 'e-mail waiting to be sent',
  question_audit: 'the editors’ trail of a question',
  question_consents: 'consent records, exported by admins only',
  question_overdue_notices: 'which overdue questions their staff were told of',
  question_routing: 'where new questions go, read only by signed-in routes and when one arrives',
  rate_limits: 'counters of the limits',
  source_items: 'what each synchronised upstream item became; the documents written move the version',
  source_runs: 'the sync log, read only by admins',
  sources: 'synchronised sources, read only by admins',
  sessions: 'signed-in browsers: answers made for someone are never cached',
  submission_consents: 'consent records of dialogue questions and feedback, read only by signed-in routes',
  tokens: 'credentials',
  unit_answer_rights: 'which units publish their own answers, read only by signed-in routes',
  used_challenges: 'spent proofs of work',
  used_form_tokens: 'spent form tokens',
  users: 'the console’s accounts, read only by signed-in routes',
};

const OPERATIONS = ['insert', 'update', 'delete'];

/** The operations of each table that fire its content trigger, from the database's catalog. */
async function triggered(db: Parameters<typeof contentVersion>[0]): Promise<Map<string, string[]>> {
  const found = new Map<string, string[]>();
  if (testDialect === 'postgres') {
    const { rows } = await sql<{ table: string; type: number }>`
      select c.relname as "table", t.tgtype as "type" from pg_trigger t join pg_class c on c.oid = t.tgrelid
      where t.tgname like '%content_changed' and t.tgdeferrable and t.tginitdeferred`.execute(db);
    // tgtype bits: INSERT 4, DELETE 8, UPDATE 16.
    for (const row of rows)
      found.set(
        row.table,
        OPERATIONS.filter((_, i) => row.type & [4, 16, 8][i]!),
      );
  } else {
    const { rows } = await sql<{ table: string; body: string }>`
      select tbl_name as "table", sql as "body" from sqlite_master where type = 'trigger'`.execute(db);
    for (const row of rows) {
      if (!/update content_version set version = version \+ 1/.test(row.body)) continue;
      const operation = OPERATIONS.find((op) => new RegExp(`after ${op} on`, 'i').test(row.body));
      if (operation) found.set(row.table, [...(found.get(row.table) ?? []), operation].sort());
    }
  }
  return found;
}

test('every table is content (its writes move the version) or says why not', async () => {
  const { database } = await makeApp();
  const tables = (await database.db.introspection.getTables())
    .map((table) => table.name)
    .filter((name) => !name.startsWith('kysely_') && !/^documents_(fts|search)/.test(name))
    .sort();
  assert.deepEqual(tables, [...CONTENT, ...Object.keys(NOT_CONTENT)].sort());
  const found = await triggered(database.db);
  assert.deepEqual([...found.keys()].sort(), CONTENT);
  for (const table of CONTENT) assert.deepEqual(found.get(table)?.sort(), [...OPERATIONS].sort(), table);
});

test('a write to any content table moves the version, whatever writes it', async () => {
  const { database } = await makeApp();
  const db = database.db;
  for (const table of CONTENT) {
    const [column] = (await db.introspection.getTables()).find((t) => t.name === table)!.columns;
    const before = await contentVersion(db);
    // Rewriting a column with its own value is still a write (the demo fills every table).
    const result =
      await sql`update ${sql.table(table)} set ${sql.ref(column!.name)} = ${sql.ref(column!.name)}`.execute(
        db,
      );
    assert.ok(Number(result.numAffectedRows) > 0, `${table} has rows`);
    assert.ok((await contentVersion(db)) > before, table);
  }
  // Counted, not content: a beacon leaves the version alone.
  const before = await contentVersion(db);
  await db
    .insertInto('events')
    .values({
      page_view_id: 'version-test',
      type: 'play',
      subject: 'video',
      subject_id: '1',
      unit: null,
      site_origin: null,
      created_at: new Date().toISOString(),
    })
    .execute();
  assert.equal(await contentVersion(db), before);
});

test('the CLI’s seed and imports move the version', async () => {
  const { dir, run, databaseUrl } = await cliRunner();
  const version = async () => {
    const database = openDatabase(loadConfig({ DATABASE_URL: databaseUrl }).database);
    try {
      return await contentVersion(database.db);
    } finally {
      await database.close();
    }
  };
  assert.equal((await run('migrate')).code, 0);
  const migrated = await version();
  assert.equal((await run('seed')).code, 0);
  const seeded = await version();
  assert.ok(seeded > migrated, 'the demo loader');
  writeFileSync(join(dir, 'one.ndjson'), JSON.stringify(documentInput({ number: '9/2026/QĐ-UBND' })));
  assert.equal((await run('import-documents', 'one.ndjson')).code, 0);
  assert.ok((await version()) > seeded, 'a document import');
});
