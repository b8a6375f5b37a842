/**
 * Writes the PDF files the demo documents' attachments and materials point to into
 * demo-content/media/documents/, from document-files.json (what each file says). Run after
 * changing them: `node --import tsx demo-content/scripts/document-files.ts`; then set each
 * attachment's `size` in documents.ndjson to the new file's (a server test checks both).
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { isMain, mediaDir, readDemoJson } from './demo-data.ts';
import { minimalPdf } from './minimal-pdf.ts';

export const documentFileDir = mediaDir('documents');

/** One PDF: its file name, the document title in its metadata, and the lines on its page. */
export interface DemoDocumentFile {
  file: string;
  title: string;
  lines: string[];
}

export const demoDocumentFiles = (): DemoDocumentFile[] =>
  readDemoJson<{ files: DemoDocumentFile[] }>('document-files.json').files;

export const documentPdf = (spec: DemoDocumentFile): Buffer => minimalPdf(spec.title, spec.lines);

if (isMain(import.meta)) {
  mkdirSync(documentFileDir, { recursive: true });
  const files = demoDocumentFiles();
  const wanted = new Set(files.map((f) => f.file));
  for (const stale of readdirSync(documentFileDir).filter(
    (name) => name.endsWith('.pdf') && !wanted.has(name),
  )) {
    rmSync(resolve(documentFileDir, stale));
    console.log(`Đã xóa ${stale}`);
  }
  for (const spec of files) writeFileSync(resolve(documentFileDir, spec.file), documentPdf(spec));
  console.log(`Đã ghi ${files.length} tệp PDF vào ${documentFileDir}`);
}
