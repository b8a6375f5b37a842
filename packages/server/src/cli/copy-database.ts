import { ConfigError, loadConfig } from '../config.ts';
import { openDatabase } from '../db/connection.ts';
import { migrateToLatest } from '../db/migrate.ts';
import type { Db } from '../db/schema.ts';
import { CopyRefused, copyDatabase } from '../transfer/copy-database.ts';
import { CliError, type CliIo } from './io.ts';

/**
 * `copy-database <target>`: every row of DATABASE_URL's database into another, empty one,
 * e.g. a province's SQLite file into PostgreSQL when it outgrows one machine.
 */
export async function copyDatabaseCommand(
  source: Db,
  io: CliIo,
  targetUrl: string | undefined,
): Promise<void> {
  if (!targetUrl) throw new CliError('Cú pháp: copy-database <DATABASE_URL đích>', 2);
  let target;
  try {
    target = openDatabase(loadConfig({ DATABASE_URL: targetUrl }).database);
  } catch (error) {
    if (error instanceof ConfigError) throw new CliError(`Đích (target) ${error.message}`, 2);
    throw error;
  }
  try {
    await migrateToLatest(target.db);
    const copied = await copyDatabase(source, target.db);
    const total = [...copied.values()].reduce((sum, n) => sum + n, 0);
    for (const [table, count] of copied) if (count > 0) io.out(`  ${table}: ${count}`);
    io.out(`Đã sao chép ${total} dòng (copied ${total} rows); chỉ mục tìm kiếm đã dựng lại.`);
  } catch (error) {
    if (error instanceof CopyRefused) throw new CliError(error.message);
    throw error;
  } finally {
    await target.close();
  }
}
