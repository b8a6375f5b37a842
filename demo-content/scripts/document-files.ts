/**
 * Writes the seed documents' PDF attachments into packages/server/seed/media/documents/.
 * Run after changing the seed documents: `node --import tsx packages/server/src/seed/documents/files.ts`
 * (sizes in the seed data are computed from the same bytes, so they always match).
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { seedDocumentFiles } from './index.ts';

export const documentFileDir = fileURLToPath(new URL('../../../seed/media/documents/', import.meta.url));

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  mkdirSync(documentFileDir, { recursive: true });
  const wanted = new Set(seedDocumentFiles.map((f) => f.file));
  for (const stale of readdirSync(documentFileDir).filter(
    (name) => name.endsWith('.pdf') && !wanted.has(name),
  )) {
    rmSync(resolve(documentFileDir, stale));
    console.log(`Đã xóa ${stale}`);
  }
  for (const { file, bytes } of seedDocumentFiles) writeFileSync(resolve(documentFileDir, file), bytes);
  console.log(`Đã ghi ${seedDocumentFiles.length} tệp PDF vào ${documentFileDir}`);
}
