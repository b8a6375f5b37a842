import { type Kysely, sql } from 'kysely';
import { continueIdsAfter } from '../db/dialect.ts';
import type { Db, Tables } from '../db/schema.ts';
import { indexMissingDocuments } from '../search/reindex.ts';

/**
 * Every table, parents before children (units' references to units are checked at commit).
 * The full-text index is not copied: each dialect has its own, rebuilt from the documents. Nor
 * is `content_version`: the target's triggers move its own while the rows go in.
 */
export const COPIED_TABLES = [
  'units',
  'unit_successors',
  'site_settings',
  'site_links',
  'banners',
  'tokens',
  'users',
  'sessions',
  'one_time_links',
  'events',
  'event_days',
  'event_rollup',
  'rate_limits',
  'documents',
  'document_fields',
  'document_relations',
  'data_versions',
  'questions',
  'question_documents',
  'question_consents',
  'question_audit',
  'question_routing',
  'unit_answer_rights',
  'question_overdue_notices',
  'idempotency_keys',
  'used_challenges',
  'used_form_tokens',
  'videos',
  'video_fields',
  'activities',
  'reporters',
  'articles',
  'contests',
  'contest_rounds',
  'contest_questions',
  'contest_participants',
  'contest_consents',
  'contest_attempts',
  'contest_answers',
  'dialogues',
  'dialogue_questions',
  'dialogue_supports',
  'dialogue_changes',
  'document_feedback',
  'submission_consents',
  'contest_prizes',
  'audit_log',
  'media',
  'media_variants',
  'media_chunks',
  'outbox',
  'content_transitions',
  'sources',
  'source_items',
  'source_runs',
] as const satisfies ReadonlyArray<keyof Tables>;
type Table = (typeof COPIED_TABLES)[number];

/** Tables whose ids the database generates: read in id order, a batch at a time (events: millions). */
const WITH_IDS = new Set<Table>([
  'users',
  'outbox',
  'content_transitions',
  'audit_log',
  'banners',
  'tokens',
  'events',
  'documents',
  'document_relations',
  'questions',
  'question_audit',
  'videos',
  'activities',
  'reporters',
  'articles',
  'contests',
  'contest_rounds',
  'contest_questions',
  'contest_participants',
  'contest_attempts',
  'dialogues',
  'dialogue_questions',
  'dialogue_changes',
  'document_feedback',
  'media',
  'sources',
  'source_runs',
]);
const BATCH = 500;
/** File chunks are 256 KB each: a few at a time. */
const CHUNK_BATCH = 8;

export class CopyRefused extends Error {}

type Row = Record<string, unknown>;
/** Any table as plain rows: the copy moves values as the source stores them. */
const untyped = (db: Db) => db as unknown as Kysely<Record<string, Row>>;

async function* rowsOf(db: Db, table: Table): AsyncGenerator<Row[]> {
  // Table names come from COPIED_TABLES, never from input; the row shapes are each table's own.
  const from = untyped(db).selectFrom(table);
  if (table === 'media_chunks') {
    yield* chunkRows(db);
    return;
  }
  if (!WITH_IDS.has(table)) {
    yield await from.selectAll().execute();
    return;
  }
  for (let after = 0; ; ) {
    const rows = await from.selectAll().where('id', '>', after).orderBy('id').limit(BATCH).execute();
    if (rows.length === 0) return;
    yield rows;
    after = Number(rows.at(-1)?.id);
  }
}

/** Stored file chunks in key and position order, a few at a time (a table of gigabytes). */
async function* chunkRows(db: Db): AsyncGenerator<Row[]> {
  for (let after = { key: '', position: -1 }; ; ) {
    const rows = await db
      .selectFrom('media_chunks')
      .selectAll()
      .where((eb) =>
        eb.or([
          eb('key', '>', after.key),
          eb.and([eb('key', '=', after.key), eb('position', '>', after.position)]),
        ]),
      )
      .orderBy('key')
      .orderBy('position')
      .limit(CHUNK_BATCH)
      .execute();
    const last = rows.at(-1);
    if (!last) return;
    yield rows;
    after = last;
  }
}

async function insertRows(db: Db, table: Table, rows: Row[]): Promise<void> {
  // Few enough bound values per statement for either dialect's limit.
  const perStatement = Math.max(1, Math.floor(30_000 / Math.max(1, Object.keys(rows[0] ?? {}).length)));
  for (let i = 0; i < rows.length; i += perStatement) {
    await untyped(db)
      .insertInto(table)
      .values(rows.slice(i, i + perStatement))
      .execute();
  }
}

/**
 * Copies every row of `source` into `target`, which must be migrated and empty (not even
 * seeded), in one transaction: all or nothing. Reads one consistent snapshot of the source,
 * so a running server may keep writing to it. Returns the rows copied per table.
 */
export async function copyDatabase(source: Db, target: Db): Promise<Map<Table, number>> {
  for (const table of COPIED_TABLES) {
    const { rows } = await sql`select 1 from ${sql.table(table)} limit 1`.execute(target);
    if (rows.length > 0) {
      throw new CopyRefused(
        `CSDL đích không trống: bảng ${table} đã có dữ liệu (the target database is not empty)`,
      );
    }
  }
  return source
    .transaction()
    .setIsolationLevel('repeatable read')
    .setAccessMode('read only')
    .execute((from) =>
      target.transaction().execute(async (to) => {
        const copied = new Map<Table, number>();
        for (const table of COPIED_TABLES) {
          let count = 0;
          for await (const rows of rowsOf(from, table)) {
            await insertRows(to, table, rows);
            count += rows.length;
          }
          copied.set(table, count);
          if (WITH_IDS.has(table)) await continueIdsAfter(to, table);
        }
        await indexMissingDocuments(to);
        return copied;
      }),
    );
}
