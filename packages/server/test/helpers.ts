import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after } from 'node:test';
import { DocumentInput } from '@pbgdpl/contract';
import { createApp, responseCache } from '../src/app.ts';
import { runCli } from '../src/cli/run.ts';
import type { Clock } from '../src/clock.ts';
import { type Config, loadConfig } from '../src/config.ts';
import { type Database, openDatabase } from '../src/db/connection.ts';
import { migrateToLatest } from '../src/db/migrate.ts';
import { documentsRepository } from '../src/repositories/documents.ts';
import { seedIfEmpty } from '../src/seed/seed.ts';
import { createPostgresDatabase } from './postgres-databases.ts';

/** A fresh directory removed when the test file ends. */
export function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'pbgdpl-test-'));
  after(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/**
 * A fresh database for one test: a SQLite file in a temp dir, or, when PBGDPL_TEST_POSTGRES
 * holds a cluster's admin URL (`pnpm test:server:postgres`), a new PostgreSQL database in that
 * cluster (thrown away with it after the run), already seeded when `seeded` (SQLite: empty).
 */
export async function testDatabaseUrl(seeded = false): Promise<string> {
  const admin = process.env.PBGDPL_TEST_POSTGRES;
  if (!admin) return `file:${join(tempDir(), 'test.sqlite')}`;
  return createPostgresDatabase(admin, seeded ? seedDatabase : null);
}

async function seedDatabase(url: string, mediaDir = tempDir()): Promise<void> {
  const config = loadConfig({ DATABASE_URL: url, PBGDPL_MEDIA_DIR: mediaDir });
  const database = openDatabase(config.database);
  try {
    await migrateToLatest(database.db);
    await seedIfEmpty(database.db, SEEDED_AT, { demoContent: true, media: config.media });
  } finally {
    await database.close();
  }
}

let sqliteTemplate: Promise<{ file: string; media: string }> | undefined;

/**
 * A copy of a SQLite database seeded once per test process, with its media folder (the demo's
 * files, as the library stores them): seeding reads every demo file, a copy takes milliseconds.
 */
async function seededSqliteCopy(): Promise<{ url: string; media: string }> {
  sqliteTemplate ??= (async () => {
    // Kept until the process ends: every test file's later tests copy it.
    const dir = mkdtempSync(join(tmpdir(), 'pbgdpl-template-'));
    process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
    const template = { file: join(dir, 'seeded.sqlite'), media: join(dir, 'media') };
    await seedDatabase(`file:${template.file}`, template.media);
    return template;
  })();
  const template = await sqliteTemplate;
  const dir = tempDir();
  cpSync(template.file, join(dir, 'test.sqlite'));
  cpSync(template.media, join(dir, 'media'), { recursive: true });
  return { url: `file:${join(dir, 'test.sqlite')}`, media: join(dir, 'media') };
}

/** Which database the server tests run on. */
export const testDialect = process.env.PBGDPL_TEST_POSTGRES ? 'postgres' : 'sqlite';

/**
 * Config for a fresh database (see testDatabaseUrl) and a fresh media folder (the library's
 * files on SQLite, only uploads in progress on PostgreSQL); `env` overrides the environment.
 */
export async function testConfig(env: Record<string, string> = {}, seeded = false): Promise<Config> {
  const fresh =
    seeded && testDialect === 'sqlite'
      ? await seededSqliteCopy()
      : { url: await testDatabaseUrl(seeded), media: tempDir() };
  return loadConfig({ DATABASE_URL: fresh.url, PBGDPL_MEDIA_DIR: fresh.media, ...env });
}

export const SEEDED_AT = new Date('2026-03-01T00:00:00Z');

/** A settable clock: tests move time to check schedules. */
export function fixedClock(start = SEEDED_AT): Clock & { set(iso: string | Date): void } {
  let now = new Date(start);
  const clock = () => new Date(now);
  clock.set = (value: string | Date) => {
    now = new Date(value);
  };
  return clock;
}

export interface TestApp {
  app: ReturnType<typeof createApp>;
  database: Database;
  config: Config;
  clock: ReturnType<typeof fixedClock>;
}

/** The app over a real, migrated (and by default seeded) database. */
export async function makeApp(
  options: { env?: Record<string, string>; seed?: boolean; config?: Partial<Config> } = {},
): Promise<TestApp> {
  const seeded = options.seed !== false;
  const config = { ...(await testConfig(options.env, seeded)), ...options.config };
  const database = openDatabase(config.database);
  after(() => database.close());
  await migrateToLatest(database.db);
  const clock = fixedClock();
  if (seeded) await seedIfEmpty(database.db, clock(), { demoContent: true, media: config.media });
  // Tests write through repositories too, and read at once: the cache checks on every request.
  const cache = responseCache(database.db, config, clock, 0);
  return { app: createApp({ db: database.db, config, clock, cache }), database, config, clock };
}

export async function json<T = Record<string, unknown>>(response: Response): Promise<T> {
  return (await response.json()) as T;
}

/** A banner an editor may create: the valid baseline tests vary one field at a time. */
export const bannerInput = {
  title: 'Tuyên truyền Luật Hòa giải',
  alt: 'Tuyên truyền Luật Hòa giải ở cơ sở',
  href: 'https://pbgdpl.tayninh.gov.vn/hoa-giai',
  image: { url: '/media/banners/hoa-giai-co-so-728x90.svg', width: 728, height: 90 },
  placement: 'leaderboard',
};

/** The app over a database with units and site settings but no content: exact counts for search and library tests. */
export async function makeDocumentsApp(env: Record<string, string> = {}): Promise<TestApp> {
  const t = await makeApp({ seed: false, env });
  await seedIfEmpty(t.database.db, t.clock(), { demoContent: false, media: t.config.media });
  return t;
}

/** A valid document, the baseline tests vary; `input` overrides fields. */
export function documentInput(input: Partial<DocumentInput> = {}): DocumentInput {
  return {
    number: '01/2024/QĐ-UBND',
    title: 'Quyết định ban hành quy chế mẫu',
    type: 'quyet-dinh',
    issuerId: 'tay-ninh',
    issuedOn: '2024-01-15',
    status: 'in-force',
    fields: ['tu-phap'],
    body: '<p>Nội dung văn bản.</p>',
    ...input,
  };
}

/** Writes documents straight through the repository (one transaction), returning their ids. */
export async function addDocuments(t: TestApp, inputs: DocumentInput[]): Promise<number[]> {
  return t.database.db.transaction().execute(async (trx) => {
    const documents = documentsRepository(trx);
    const ids: number[] = [];
    for (const input of inputs) ids.push(await documents.insert(DocumentInput.parse(input), t.clock()));
    return ids;
  });
}

/** Runs CLI commands in-process against one fresh database, capturing what they print. */
export async function cliRunner() {
  const dir = tempDir();
  const env = { DATABASE_URL: await testDatabaseUrl() };
  const run = async (...argv: string[]) => {
    const out: string[] = [];
    const err: string[] = [];
    const code = await runCli(argv, { env, cwd: dir, out: (t) => out.push(t), err: (t) => err.push(t) });
    return { code, out: out.join('\n'), err: err.join('\n') };
  };
  return { dir, run, databaseUrl: env.DATABASE_URL };
}
