import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after } from 'node:test';
import { DocumentInput } from '@pbgdpl/contract';
import { createApp } from '../src/app.ts';
import type { Clock } from '../src/clock.ts';
import { type Config, loadConfig } from '../src/config.ts';
import { type Database, openDatabase } from '../src/db/connection.ts';
import { migrateToLatest } from '../src/db/migrate.ts';
import { documentsRepository } from '../src/repositories/documents.ts';
import { unitsRepository } from '../src/repositories/units.ts';
import { seedIfEmpty } from '../src/seed/seed.ts';
import { seedUnits } from '../src/seed/units.ts';

/** A fresh directory removed when the test file ends. */
export function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'pbgdpl-test-'));
  after(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** Config for a database file in a temp dir; `env` overrides the environment. */
export function testConfig(env: Record<string, string> = {}): Config {
  const dir = tempDir();
  return loadConfig({ DATABASE_URL: `file:${join(dir, 'test.sqlite')}`, ...env });
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

/** The app over a real, migrated (and by default seeded) SQLite file. */
export async function makeApp(
  options: { env?: Record<string, string>; seed?: boolean; config?: Partial<Config> } = {},
): Promise<TestApp> {
  const config = { ...testConfig(options.env), ...options.config };
  const database = openDatabase(config.database);
  after(() => database.close());
  await migrateToLatest(database.db);
  const clock = fixedClock();
  if (options.seed !== false) await seedIfEmpty(database.db, clock());
  return { app: createApp({ db: database.db, config, clock }), database, config, clock };
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

/** The app over a database with units and site settings but no documents: exact counts for search tests. */
export async function makeDocumentsApp(): Promise<TestApp> {
  const t = await makeApp({ seed: false });
  const units = unitsRepository(t.database.db);
  for (const unit of seedUnits) await units.put(unit);
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
