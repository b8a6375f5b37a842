import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after } from 'node:test';
import { createApp } from '../src/app.ts';
import type { Clock } from '../src/clock.ts';
import { type Config, loadConfig } from '../src/config.ts';
import { type Database, openDatabase } from '../src/db/connection.ts';
import { migrateToLatest } from '../src/db/migrate.ts';
import { seedIfEmpty } from '../src/seed/seed.ts';

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
