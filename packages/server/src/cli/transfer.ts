import { readFile, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Clock } from '../clock.ts';
import type { Db } from '../db/schema.ts';
import { exportSnapshot, importSnapshot, rejectionLines } from '../transfer/snapshot.ts';
import { CliError, type CliIo } from './io.ts';

export async function exportCommand(
  db: Db,
  io: CliIo,
  clock: Clock,
  file: string | undefined,
): Promise<void> {
  const json = `${JSON.stringify(await exportSnapshot(db, clock()), null, 2)}\n`;
  if (!file) return io.out(json.trimEnd());
  await writeFile(resolve(io.cwd, file), json);
  io.err(`Đã xuất dữ liệu ra ${file}.`);
}

export async function importCommand(db: Db, io: CliIo, file: string | undefined): Promise<void> {
  if (!file) throw new CliError('Cú pháp: import <tệp.json>', 2);
  let input: unknown;
  try {
    input = JSON.parse(await readFile(resolve(io.cwd, file), 'utf8'));
  } catch (error) {
    throw new CliError(`Không đọc được ${file} như JSON (cannot read as JSON): ${(error as Error).message}`);
  }
  const { imported, rejected } = await importSnapshot(db, input);
  if (rejected.length > 0) {
    throw new CliError(
      `Không nhập gì cả: ${rejected.length} dòng bị từ chối (nothing imported, rows rejected):\n${rejectionLines(rejected).join('\n')}`,
    );
  }
  io.out(`Đã nhập ${imported} dòng (imported ${imported} rows).`);
}
