import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { test } from 'node:test';
import { sql } from 'kysely';
import { openDatabase } from '../src/db/connection.ts';
import { migrateToLatest } from '../src/db/migrate.ts';
import { bannerImageDir, bannerSvg, demoBanners } from '../../../demo-content/scripts/banner-images.ts';
import {
  demoDocumentFiles,
  documentFileDir,
  documentPdf,
} from '../../../demo-content/scripts/document-files.ts';
import { mediaFileName } from '../../../demo-content/scripts/demo-data.ts';
import { seedIfEmpty } from '../src/seed/seed.ts';
import { demoDocuments } from './demo-content.ts';
import { SEEDED_AT, testConfig, testDialect } from './helpers.ts';

const freshDb = async () => openDatabase((await testConfig()).database);

test('migrations create every table once, and running them again changes nothing', async () => {
  const database = await freshDb();
  try {
    assert.deepEqual(await migrateToLatest(database.db), [
      '0001_init',
      '0002_documents',
      '0003_questions',
      '0004_videos',
      '0005_stats',
      '0006_single_use_forms',
      '0007_item_versions',
      '0008_accounts',
      '0009_search_index',
      '0010_content_version',
      '0011_media',
      '0012_document_status',
      '0013_outbox',
      '0014_workflow',
      '0015_content_workflow',
      '0016_question_routing',
      '0017_articles',
      '0019_contests',
      '0021_sources',
      '0022_unit_successors',
      '0023_dialogues',
      '0024_contest_prizes',
      '0026_dialogue_changes',
    ]);
    assert.deepEqual(await migrateToLatest(database.db), []);
    const tables = (await database.db.introspection.getTables()).map((t) => t.name).sort();
    for (const table of [
      'banners',
      'data_versions',
      'document_fields',
      'document_relations',
      'documents',
      testDialect === 'postgres' ? 'documents_search' : 'documents_fts',
      'documents_search_vocabulary',
      'documents_search_vocabulary_changes',
      'events',
      'rate_limits',
      'site_links',
      'site_settings',
      'tokens',
      'units',
      'unit_successors',
      'used_form_tokens',
      'audit_log',
      'media',
      'media_variants',
      'media_chunks',
      'sources',
      'source_items',
      'source_runs',
    ]) {
      assert.ok(tables.includes(table), `missing table ${table}`);
    }
  } finally {
    await database.close();
  }
});

test(
  'the connection uses WAL, foreign keys and a busy timeout',
  { skip: testDialect !== 'sqlite' },
  async () => {
    const database = await freshDb();
    try {
      const pragma = async (name: string) =>
        Object.values((await sql.raw(`pragma ${name}`).execute(database.db)).rows[0] as object)[0];
      assert.equal(await pragma('journal_mode'), 'wal');
      assert.equal(await pragma('foreign_keys'), 1);
      assert.equal(await pragma('busy_timeout'), 15000);
    } finally {
      await database.close();
    }
  },
);

test('seeding fills an empty database once and never again', async () => {
  const { media, database: settings } = await testConfig();
  const database = openDatabase(settings);
  try {
    await migrateToLatest(database.db);
    assert.deepEqual(await seedIfEmpty(database.db, SEEDED_AT, { demoContent: true, media }), {
      site: true,
      demoContent: true,
    });
    const count = async () =>
      Promise.all(
        (['units', 'banners', 'site_links', 'site_settings'] as const).map(async (table) =>
          Number(
            (
              await database.db
                .selectFrom(table)
                .select((eb) => eb.fn.countAll().as('n'))
                .executeTakeFirstOrThrow()
            ).n,
          ),
        ),
      );
    const first = await count();
    assert.ok((first[0] ?? 0) >= 20 && (first[1] ?? 0) >= 8);
    assert.deepEqual(await seedIfEmpty(database.db, SEEDED_AT, { demoContent: true, media }), {
      site: false,
      demoContent: false,
    });
    assert.deepEqual(await count(), first);
  } finally {
    await database.close();
  }
});

test('every demo banner has its SVG image, drawn by the current generator', () => {
  for (const banner of demoBanners()) {
    const name = mediaFileName(banner.image.url);
    const file = resolve(bannerImageDir, name);
    assert.ok(existsSync(file), `${name} missing: run demo-content/scripts/banner-images.ts`);
    assert.equal(
      readFileSync(file, 'utf8'),
      bannerSvg(banner),
      `${name} is stale: run demo-content/scripts/banner-images.ts`,
    );
    assert.match(readFileSync(file, 'utf8'), /^<svg [^>]*role="img"/);
  }
});

test('every demo PDF is what its generator writes, and the documents give its true size', () => {
  const specs = new Map(demoDocumentFiles().map((spec) => [spec.file, spec]));
  const pointers = demoDocuments().flatMap((document) => [
    ...document.attachments,
    ...document.materials.flatMap((material) => (material.file ? [material.file] : [])),
  ]);
  assert.equal(pointers.length, specs.size, 'one PDF per attachment or material file');
  for (const attachment of pointers) {
    const name = mediaFileName(attachment.url);
    const spec = specs.get(name);
    assert.ok(spec, `${name} is not in document-files.json`);
    const bytes = readFileSync(resolve(documentFileDir, name));
    assert.deepEqual(
      bytes,
      documentPdf(spec),
      `${name} is stale: run demo-content/scripts/document-files.ts`,
    );
    assert.equal(attachment.size, bytes.length, `${name}: documents.ndjson gives another size`);
  }
});
