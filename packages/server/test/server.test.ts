import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { request } from 'node:http';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import type { DocumentPage, QuestionPage, QuestionTracking, Site, VideoPage } from '@pbgdpl/contract';
import type { Clock } from '../src/clock.ts';
import type { Config } from '../src/config.ts';
import { openDatabase } from '../src/db/connection.ts';
import { startServer } from '../src/server.ts';
import { fixedClock, testConfig, testDialect } from './helpers.ts';

/** A raw request: fetch would normalise `..` in the path before sending it. */
function rawGet(url: URL, path: string): Promise<number> {
  return new Promise((resolve, reject) => {
    request({ host: url.hostname, port: url.port, path }, (response) => {
      response.resume();
      resolve(response.statusCode ?? 0);
    })
      .on('error', reject)
      .end();
  });
}

test('the server starts on a free port, migrates, seeds and answers over HTTP', async () => {
  const server = await startServer({ ...(await testConfig({ PBGDPL_DEMO_CONTENT: 'on' })), port: 0 });
  try {
    const health = await fetch(new URL('healthz', server.url));
    assert.deepEqual(await health.json(), { status: 'ok', version: '0.1.0', database: testDialect });
    const banners = (await (await fetch(new URL('api/v1/banners', server.url))).json()) as {
      items: unknown[];
    };
    assert.ok(banners.items.length > 0, 'seeded on first start');
    const url = new URL(server.url);
    assert.equal(await rawGet(url, '/embed/../package.json'), 404);
    assert.equal(await rawGet(url, '/media/../../package.json'), 404);
    assert.equal(await rawGet(url, '/media/..%2f..%2fpackage.json'), 404);
  } finally {
    await server.close();
  }
});

test('main.ts refuses a bad environment with a clear message and exit code 1', async () => {
  const repo = fileURLToPath(new URL('../../../', import.meta.url));
  await assert.rejects(
    promisify(execFile)(process.execPath, ['--import', 'tsx', 'packages/server/src/main.ts'], {
      cwd: repo,
      env: { ...process.env, PORT: 'tám nghìn', DATABASE_URL: ':memory:' },
    }),
    (error: { code?: number; stderr?: string }) =>
      error.code === 1 && /Cấu hình không hợp lệ[\s\S]*PORT/.test(error.stderr ?? ''),
  );
});

/** Rows the seed writes, per table. */
const SEEDED_TABLES = [
  'units',
  'site_settings',
  'site_links',
  'banners',
  'documents',
  'document_fields',
  'document_relations',
  'questions',
  'question_consents',
  'question_documents',
  'question_audit',
  'videos',
  'video_fields',
  'activities',
  'reporters',
] as const;

async function rowCounts(config: Config): Promise<Record<string, number>> {
  const database = openDatabase(config.database);
  try {
    const counts: Record<string, number> = {};
    for (const table of SEEDED_TABLES) {
      const row = await database.db
        .selectFrom(table)
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow();
      counts[table] = Number(row.n);
    }
    return counts;
  } finally {
    await database.close();
  }
}

/** Starts the server on `config`, lets `visit` call it, stops it, and counts the rows it left. */
async function startAndCount(
  config: Config,
  clock?: Clock,
  visit: (get: <T>(path: string) => Promise<T>) => Promise<void> = async () => {},
) {
  const server = await startServer({ ...config, port: 0 }, clock);
  try {
    await visit(async <T>(path: string) => {
      const response = await fetch(new URL(path, server.url));
      assert.equal(response.status, 200, path);
      return (await response.json()) as T;
    });
  } finally {
    await server.close();
  }
  return rowCounts(config);
}

const NO_CONTENT = {
  banners: 0,
  documents: 0,
  document_fields: 0,
  document_relations: 0,
  questions: 0,
  question_consents: 0,
  question_documents: 0,
  question_audit: 0,
  videos: 0,
  video_fields: 0,
  activities: 0,
  reporters: 0,
};

/** The day the demo is loaded on: its banners, questions and monthly reports are laid around it. */
const DEMO_DAY = new Date('2026-03-01T00:00:00Z');
/**
 * What the TypeScript seed wrote before the demo became data files (counted on that code), less
 * the 40 monthly reports of the four wards created on 1/7/2025, for the ten months of the
 * demo's 18 before they existed.
 */
const DEMO = {
  units: 30,
  site_settings: 5,
  site_links: 7,
  banners: 9,
  documents: 155,
  document_fields: 241,
  document_relations: 123,
  questions: 34,
  question_consents: 68,
  question_documents: 17,
  question_audit: 103,
  videos: 15,
  video_fields: 25,
  activities: 140,
  reporters: 16,
};

test("a plain start (demo content off): the province's units, settings and links, and no content", async () => {
  const config = await testConfig();
  assert.equal(config.demoContent, false, 'off unless asked');
  const counts = await startAndCount(config, undefined, async (get) => {
    const site = await get<Site>('api/v1/site');
    assert.equal(site.name, 'Trang thông tin điện tử Phổ biến, giáo dục pháp luật tỉnh Tây Ninh');
    assert.ok(site.units.some((unit) => unit.id === 'xa-hoa-thanh' && unit.name === 'Xã Hòa Thạnh'));
    assert.deepEqual(
      site.links.map((link) => link.kind),
      [
        'national-portal',
        'legal-database',
        'codification',
        'gazette',
        'bookshelf',
        'national-portal',
        'other',
      ],
    );
    assert.equal((await get<DocumentPage>('api/v1/documents')).total, 0);
    assert.equal((await get<QuestionPage>('api/v1/questions')).total, 0);
    assert.equal((await get<VideoPage>('api/v1/videos')).total, 0);
    assert.deepEqual((await get<{ items: unknown[] }>('api/v1/banners')).items, []);
  });
  assert.deepEqual(counts, { units: 30, site_settings: 5, site_links: 7, ...NO_CONTENT });
});

test('demo content on: the same demo as the TypeScript seed gave, dated around the day of the start, once', async () => {
  const config = await testConfig({ PBGDPL_DEMO_CONTENT: 'on' });
  const clock = fixedClock(DEMO_DAY);
  const counts = await startAndCount(config, clock, async (get) => {
    assert.equal((await get<DocumentPage>('api/v1/documents')).total, 152, 'published documents');
    const search = await get<DocumentPage>(`api/v1/documents?q=${encodeURIComponent('45/2019/QĐ-UBND')}`);
    assert.equal(
      search.items[0]?.title,
      'Quy định bảng giá đất giai đoạn 2020–2024 trên địa bàn tỉnh Tây Ninh',
    );
    const first = await get<QuestionTracking>('api/v1/questions/status/HD-TNHDQA22');
    assert.deepEqual(
      [first.title, first.status, first.receivedAt, first.answer?.answeredBy, first.answer?.answeredOn],
      [
        'Diện tích tối thiểu để tách thửa đất ở tại Tây Ninh là bao nhiêu?',
        'answered',
        '2025-11-01T00:00:00.000Z', // 120 days before the start
        'Lê Hoàng Phúc',
        '2025-11-07',
      ],
    );
    assert.equal((await get<QuestionTracking>('api/v1/questions/status/HD-TNHDQA34')).status, 'rejected');
    assert.equal((await get<QuestionPage>('api/v1/questions')).total, 29, 'published answers');
    const videos = await get<VideoPage>('api/v1/videos?pageSize=100');
    assert.equal(videos.total, 15);
    assert.ok(videos.items.some((video) => video.title === 'Tiểu phẩm: Hòa giải tranh chấp ranh đất'));
    assert.ok(videos.items.some((video) => video.title === 'Tình huống: Uống rượu bia rồi lái xe'));
  });
  assert.deepEqual(counts, DEMO);

  const database = openDatabase(config.database);
  try {
    const documents = await database.db.selectFrom('documents').select('number').orderBy('id').execute();
    assert.deepEqual([documents[0]?.number, documents.at(-1)?.number], ['45/2019/QĐ-UBND', '98/KH-UBND']);
    const months = await database.db.selectFrom('activities').select('month').orderBy('id').execute();
    assert.deepEqual([months[0]?.month, months.at(-1)?.month], ['2024-09', '2026-02'], '18 months back');
    const upcoming = await database.db
      .selectFrom('banners')
      .select(['starts_at', 'ends_at'])
      .where('title', '=', 'Cuộc thi trực tuyến tìm hiểu pháp luật')
      .executeTakeFirstOrThrow();
    assert.deepEqual(upcoming, {
      starts_at: '2026-03-31T00:00:00.000Z',
      ends_at: '2026-05-30T00:00:00.000Z',
    });
  } finally {
    await database.close();
  }

  assert.deepEqual(await startAndCount(config, clock), DEMO, 'a second start adds nothing');
});

test('a database first started without demo content takes it when asked, while it has none', async () => {
  const config = await testConfig();
  await startAndCount(config);
  assert.deepEqual(await startAndCount({ ...config, demoContent: true }, fixedClock(DEMO_DAY)), DEMO);
});
