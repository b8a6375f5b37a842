import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { finished } from 'node:stream/promises';
import { resolve } from 'node:path';
import type { ImportReport } from '@pbgdpl/contract';
import type { Clock } from '../clock.ts';
import type { Db } from '../db/schema.ts';
import { exportDocuments } from '../documents/export.ts';
import { importDocuments } from '../documents/import.ts';
import { CliError, type CliIo } from './io.ts';

/** The workflow history's name for whoever ran the command on the server. */
const CLI_ACTOR = { name: 'Dòng lệnh (pnpm cli import-documents)', userId: null };

function describe(report: ImportReport, dryRun: boolean): string {
  const counts = `${report.rows} dòng: ${report.created} văn bản mới, ${report.updated} cập nhật (${report.rows} rows: ${report.created} new, ${report.updated} updated)`;
  if (report.written) return `Đã nhập ${counts}.`;
  if (dryRun && report.rejected.length === 0)
    return `Kiểm tra xong, chưa ghi gì (dry run, nothing written). ${counts}.`;
  return counts;
}

/** `import-documents <file.ndjson> [--dry-run]`: the same all-or-nothing import as the API. */
export async function importDocumentsCommand(
  db: Db,
  io: CliIo,
  clock: Clock,
  file: string | undefined,
  dryRun: boolean,
): Promise<void> {
  if (!file) throw new CliError('Cú pháp: import-documents <tệp.ndjson> [--dry-run]', 2);
  let ndjson: string;
  try {
    ndjson = await readFile(resolve(io.cwd, file), 'utf8');
  } catch (error) {
    throw new CliError(`Không đọc được ${file} (cannot read): ${(error as Error).message}`);
  }
  const report = await importDocuments(db, ndjson, { dryRun, now: clock(), lang: 'vi', actor: CLI_ACTOR });
  if (report.rejected.length === 0) return io.out(describe(report, dryRun));
  const lines = report.rejected.flatMap(({ line, errors }) =>
    Object.entries(errors).map(([field, messages]) => `  dòng ${line}: ${field}: ${messages.join('; ')}`),
  );
  throw new CliError(
    `Không nhập gì cả: ${report.rejected.length} dòng bị từ chối (nothing imported, rows rejected):\n${lines.join('\n')}`,
  );
}

/** `export-documents <file.ndjson>`: every document, in the format `import-documents` reads. */
export async function exportDocumentsCommand(db: Db, io: CliIo, file: string | undefined): Promise<void> {
  if (!file) throw new CliError('Cú pháp: export-documents <tệp.ndjson>', 2);
  const out = createWriteStream(resolve(io.cwd, file));
  let count = 0;
  for await (const line of exportDocuments(db)) {
    if (!out.write(line)) await once(out, 'drain');
    count++;
  }
  out.end();
  await finished(out);
  io.err(`Đã xuất ${count} văn bản ra ${file} (exported ${count} documents).`);
}
