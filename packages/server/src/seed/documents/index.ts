import type { DocumentInput } from '@pbgdpl/contract';
import { buildDocuments } from './build.ts';
import { economyFacts } from './economy.ts';
import { justiceFacts } from './justice.ts';
import { landFacts } from './land.ts';
import { societyFacts } from './society.ts';

const built = buildDocuments([...landFacts, ...justiceFacts, ...societyFacts, ...economyFacts]);

/**
 * Legal documents of Tây Ninh, of Long An and of former districts and communes, for the demo
 * and for search relevance tests (test/fixtures/relevance-queries.ts). Invented content with
 * real unit names; PDF attachments live in seed/media/documents/ (written by files.ts).
 */
export const seedDocuments: DocumentInput[] = built.documents;

/** The PDF files the seed documents' attachments and materials point to. */
export const seedDocumentFiles = built.files;

export { generateDocuments } from './generate.ts';
