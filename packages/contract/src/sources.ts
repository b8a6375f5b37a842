import { z } from 'zod';
import { IsoDateTime, PageQuery, pageOf, Slug, Version, WebUrl } from './common.ts';
import { ArticleCategory } from './articles.ts';
import { DocumentStatus, DocumentType, LegalField, RelationDirection, RelationType } from './documents.ts';
import { singleLine } from './text.ts';
import { SOURCE_FEEDS, SOURCE_ITEM_OUTCOMES, SOURCE_KINDS, SOURCE_RUN_OUTCOMES } from './values.ts';

export const SourceKind = z.enum(SOURCE_KINDS);
export type SourceKind = z.infer<typeof SourceKind>;

/** An upstream word (a type's or a status's name, an issuer) as the mapping keys it. */
const UpstreamWord = z.string().min(1).max(200);

/**
 * How upstream values become ours. Each map is looked up first; a vbpl source also knows the
 * national database's own names of types, statuses and relation kinds, so a map only needs
 * the words that differ. Issuers: an upstream name (vbpl) or unit id (another instance) → our
 * unit id; an instance's ids pass through unchanged when not mapped.
 */
export const SourceMapping = z
  .object({
    detailUrl: WebUrl.nullable()
      .default(null)
      .refine((url) => url === null || url.includes('{itemId}'), {
        message: 'Địa chỉ chi tiết phải chứa {itemId}',
      })
      .describe('vbpl-json: where one document is, with {itemId}; the source URL lists the item ids'),
    types: z.record(UpstreamWord, DocumentType).default({}),
    statuses: z.record(UpstreamWord, DocumentStatus).default({}),
    issuers: z.record(UpstreamWord, Slug).default({}),
    fields: z.record(UpstreamWord, LegalField).default({}),
    relations: z
      .record(UpstreamWord, z.object({ type: RelationType, direction: RelationDirection }))
      .default({}),
    defaultFields: z
      .array(LegalField)
      .min(1)
      .max(8)
      .default(['tu-phap'])
      .describe('Fields of a document whose upstream fields map to none of ours'),
    published: z.boolean().default(true).describe('Publish what the source adds, or leave it for an editor'),
    unitId: Slug.nullable()
      .default(null)
      .describe("feed-xml: the unit the articles are credited to (the feed's publisher here)"),
    category: ArticleCategory.default('tin-tuc-su-kien').describe('feed-xml: the articles’ category'),
    fullText: z
      .boolean()
      .default(false)
      .describe(
        'feed-xml: the source allows republishing its full text; otherwise an article keeps a short excerpt and the link to the original',
      ),
  })
  .meta({ id: 'SourceMapping' });
export type SourceMapping = z.infer<typeof SourceMapping>;

export const SourceInput = z
  .object({
    name: singleLine({ min: 1, max: 200 }),
    kind: SourceKind,
    url: WebUrl.describe(
      'vbpl-json: the list of item ids; instance-ndjson: /api/v1/documents/export.ndjson; feed-xml: the Atom or RSS feed',
    ),
    feeds: z
      .enum(SOURCE_FEEDS)
      .default('documents')
      .describe('articles for feed-xml, documents for the others'),
    mapping: SourceMapping.default(SourceMapping.parse({})),
    intervalMinutes: z
      .number()
      .int()
      .min(15)
      .max(7 * 24 * 60)
      .nullable()
      .default(null)
      .describe('Run every so many minutes; null: only on demand'),
    enabled: z.boolean().default(true),
  })
  .refine((s) => s.kind !== 'vbpl-json' || s.mapping.detailUrl !== null, {
    path: ['mapping', 'detailUrl'],
    message: 'Nguồn CSDL quốc gia cần địa chỉ chi tiết văn bản có {itemId}',
  })
  .refine((s) => (s.kind === 'feed-xml') === (s.feeds === 'articles'), {
    path: ['feeds'],
    message: 'Nguồn tin Atom/RSS cung cấp bài viết; các loại nguồn khác cung cấp văn bản',
  })
  .refine((s) => s.kind !== 'feed-xml' || s.mapping.unitId !== null, {
    path: ['mapping', 'unitId'],
    message: 'Nguồn tin Atom/RSS cần đơn vị đứng tên các bài viết',
  })
  .meta({ id: 'SourceInput' });
export type SourceInput = z.input<typeof SourceInput>;

export const Source = z
  .object({
    id: z.number().int(),
    name: z.string(),
    kind: SourceKind,
    url: z.string(),
    feeds: z.enum(SOURCE_FEEDS),
    mapping: SourceMapping,
    intervalMinutes: z.number().int().nullable(),
    enabled: z.boolean(),
    nextRunAt: IsoDateTime.nullable().describe('When the schedule runs it next (after a back-off, later)'),
    lastRunAt: IsoDateTime.nullable(),
    failures: z.number().int().describe('Failed runs in a row; each doubles the wait, up to a day'),
    createdAt: IsoDateTime,
    updatedAt: IsoDateTime,
    version: Version,
  })
  .meta({ id: 'Source' });
export type Source = z.infer<typeof Source>;

export const SourceList = z.object({ items: z.array(Source) }).meta({ id: 'SourceList' });
export type SourceList = z.infer<typeof SourceList>;

export const SourceRunQuery = z.object({
  dryRun: z
    .enum(['0', '1', 'false', 'true'])
    .default('0')
    .describe('1: show what would be added, changed or left, write nothing'),
});

export const SourceLogLine = z
  .object({
    upstreamId: z.string().nullable().describe('Null for a line about the whole run'),
    outcome: z.enum(SOURCE_ITEM_OUTCOMES).nullable(),
    documentId: z
      .number()
      .int()
      .nullable()
      .describe("The item here: a document's id, or an article's for a source feeding articles"),
    message: z.string().describe('Why: the fields refused, the conflict, the upstream error'),
  })
  .meta({ id: 'SourceLogLine' });
export type SourceLogLine = z.infer<typeof SourceLogLine>;

export const SourceRun = z
  .object({
    id: z.number().int(),
    sourceId: z.number().int(),
    startedAt: IsoDateTime,
    finishedAt: IsoDateTime.nullable(),
    dryRun: z.boolean(),
    trigger: z.enum(['schedule', 'manual']),
    actor: z.string().nullable(),
    outcome: z.enum(SOURCE_RUN_OUTCOMES).nullable().describe('Null while running'),
    error: z.string().nullable(),
    added: z.number().int(),
    updated: z.number().int(),
    unchanged: z.number().int(),
    rejected: z.number().int(),
    conflicts: z.number().int(),
    log: z.array(SourceLogLine),
  })
  .meta({ id: 'SourceRun' });
export type SourceRun = z.infer<typeof SourceRun>;

export const SourceRunPage = pageOf(SourceRun).meta({ id: 'SourceRunPage' });
export type SourceRunPage = z.infer<typeof SourceRunPage>;
export const SourceRunPageQuery = PageQuery;

/** An upstream change not applied because an editor changed the document since the last sync. */
export const SourceConflict = z
  .object({
    sourceId: z.number().int(),
    upstreamId: z.string(),
    documentId: z
      .number()
      .int()
      .nullable()
      .describe(
        "The document's id (an article's for a source feeding articles); null: the editor deleted it",
      ),
    number: z.string().nullable(),
    title: z.string().nullable(),
    since: IsoDateTime,
  })
  .meta({ id: 'SourceConflict' });
export type SourceConflict = z.infer<typeof SourceConflict>;

export const SourceConflictList = z
  .object({ items: z.array(SourceConflict) })
  .meta({ id: 'SourceConflictList' });
export type SourceConflictList = z.infer<typeof SourceConflictList>;

/**
 * How an administrator settles a conflict. `local`: the document stays as the editor left it
 * and the source's later changes apply again. `upstream`: the next run overwrites the
 * document with the source's version.
 */
export const ConflictResolution = z
  .object({
    // An id as the conflict list gives it: printable characters only.
    upstreamId: z.string().regex(/^[^\p{C}]{1,300}$/u, 'Mã không hợp lệ'),
    keep: z.enum(['local', 'upstream']),
  })
  .meta({ id: 'ConflictResolution' });
export type ConflictResolution = z.infer<typeof ConflictResolution>;
