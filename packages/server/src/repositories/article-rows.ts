import type {
  AdminArticle,
  ArticleAttachment,
  ArticleCategory,
  ArticleEvent,
  ArticleInput,
  ArticleMaterialFormat,
  ArticleSummary,
  Audience,
  ContentState,
  DocumentRef,
  DocumentStatus,
  DocumentType,
  IssuerRef,
  LegalField,
  MediaItem,
  UnitKind,
} from '@pbgdpl/contract';
import { normalizeVi, tokenizeVi } from '@pbgdpl/vi-text';
import type { Selectable } from 'kysely';
import type { z } from 'zod';
import type { Db, Tables } from '../db/schema.ts';
import { fromDbBool, toDbBool, toDbTimeOrNull } from '../db/values.ts';
import { numberKey } from '../documents/number-key.ts';
import { htmlToText, sanitizeHtml } from '../text/html.ts';
import { mediaRepository } from './media.ts';
import { unitsRepository } from './units.ts';

export type ArticleData = z.output<typeof ArticleInput>;
export type ArticleRow = Selectable<Tables['articles']>;
type AttachmentInput = ArticleData['attachments'][number];

/** Folded words between spaces, so a word matches whole (` tam `) or by its start (` tam`). */
export const foldedWords = (text: string): string => ` ${tokenizeVi(text).join(' ')} `;

const line = (value: string | null) => (value === null ? null : normalizeVi(value));

/** The columns of `articles` for an article: NFC text, sanitized HTML, the folded words of the search. */
export function articleColumns(data: ArticleData, slug: string) {
  const title = normalizeVi(data.title);
  const summary = normalizeVi(data.summary);
  const body = sanitizeHtml(normalizeVi(data.body));
  return {
    slug,
    title,
    summary,
    body,
    category: data.category,
    unit_id: data.unitId,
    fields: JSON.stringify([...new Set(data.fields)]),
    audiences: JSON.stringify([...new Set(data.audiences)]),
    author_name: line(data.authorName),
    published_at: toDbTimeOrNull(data.publishedAt),
    pinned: toDbBool(data.pinned),
    featured: toDbBool(data.featured),
    event: data.event && JSON.stringify({ ...data.event, place: normalizeVi(data.event.place) }),
    material_format: data.materialFormat,
    cover_url: data.cover?.url ?? null,
    cover_alt: line(data.cover?.alt ?? null),
    attachments: JSON.stringify(
      data.attachments.map((a) => ({
        url: a.url,
        name: line(a.name),
        transcript: a.transcript ? normalizeVi(a.transcript) : null,
      })),
    ),
    related_documents: JSON.stringify(data.relatedDocuments),
    search_title: foldedWords(title),
    search_text: foldedWords(`${title}\n${summary}\n${htmlToText(body)}`),
  };
}

/** What summaries need beside their rows: units, covers. Details add files and documents. */
export interface Related {
  units: Map<string, IssuerRef>;
  media: Map<string, MediaItem>;
  documents: Map<string, DocumentRef>;
}

export const parseList = <T>(json: string): T[] => JSON.parse(json) as T[];

export async function loadRelated(db: Db, rows: ArticleRow[], detail: boolean): Promise<Related> {
  const unitIds = [...new Set(rows.map((row) => row.unit_id))];
  const units = unitIds.length
    ? await db
        .selectFrom('units')
        .select(['id', 'name', 'kind', 'valid_to'])
        .where('id', 'in', unitIds)
        .execute()
    : [];
  const urls = rows.flatMap((row) => [
    ...(row.cover_url ? [row.cover_url] : []),
    ...(detail ? parseList<AttachmentInput>(row.attachments).map((a) => a.url) : []),
  ]);
  const keys = detail ? rows.flatMap((row) => parseList<string>(row.related_documents).map(numberKey)) : [];
  const documents = keys.length
    ? await db
        .selectFrom('documents')
        .select(['id', 'number', 'number_key', 'title', 'type', 'issued_on', 'status'])
        .where('published', '=', 1)
        .where('number_key', 'in', [...new Set(keys)])
        .orderBy('id')
        .execute()
    : [];
  const successors = await unitsRepository(db).successorsOf(unitIds);
  return {
    units: new Map(
      units.map((u) => [
        u.id,
        {
          id: u.id,
          name: u.name,
          kind: u.kind as UnitKind,
          validTo: u.valid_to,
          successors: successors.get(u.id) ?? [],
        },
      ]),
    ),
    media: await mediaRepository(db).byUrls(urls),
    documents: new Map(
      documents.reverse().map((d) => [
        d.number_key,
        {
          id: d.id,
          number: d.number,
          title: d.title,
          type: d.type as DocumentType,
          issuedOn: d.issued_on,
          status: d.status as DocumentStatus,
        },
      ]),
    ),
  };
}

function cover(row: ArticleRow, media: Related['media']): ArticleSummary['cover'] {
  const item = row.cover_url ? media.get(row.cover_url) : undefined;
  if (!item || item.width === null || item.height === null) return null;
  return {
    url: item.url,
    alt: row.cover_alt ?? '',
    width: item.width,
    height: item.height,
    variants: item.variants,
  };
}

/** The columns a list entry and an import line share, as the contract types them. */
const describedBy = (row: ArticleRow) => ({
  title: row.title,
  slug: row.slug,
  summary: row.summary,
  category: row.category as ArticleCategory,
  fields: parseList<LegalField>(row.fields),
  audiences: parseList<Audience>(row.audiences),
  pinned: fromDbBool(row.pinned),
  featured: fromDbBool(row.featured),
  event: row.event === null ? null : (JSON.parse(row.event) as ArticleEvent),
  materialFormat: row.material_format as ArticleMaterialFormat | null,
});

/** A list entry; `publishedAt` of an article not yet published is when it was written. */
export function toSummary(row: ArticleRow, related: Related): Omit<ArticleSummary, 'highlight'> {
  return {
    id: row.id,
    ...describedBy(row),
    publishedAt: row.published_at ?? row.created_at,
    updatedAt: row.updated_at,
    unit: related.units.get(row.unit_id) ?? {
      id: row.unit_id,
      name: row.unit_id,
      kind: 'province',
      validTo: null,
      successors: [],
    },
    cover: cover(row, related.media),
  };
}

function attachments(row: ArticleRow, media: Related['media']): ArticleAttachment[] {
  return parseList<AttachmentInput>(row.attachments).flatMap((a) => {
    const item = media.get(a.url);
    if (!item) return [];
    return [
      {
        name: a.name ?? item.title,
        url: item.url,
        mediaType: item.mediaType,
        size: item.size,
        kind: item.kind,
        pages: item.pages,
        durationSeconds: item.durationSeconds,
        transcript: a.transcript ?? null,
      },
    ];
  });
}

/** The article as editors edit it, without its neighbours (see articlesRepository). */
export function toAdminArticle(row: ArticleRow, related: Related): Omit<AdminArticle, 'previous' | 'next'> {
  const relatedDocuments = parseList<string>(row.related_documents);
  return {
    ...toSummary(row, related),
    highlight: null,
    body: row.body,
    authorName: row.author_name,
    attachments: attachments(row, related.media),
    documents: relatedDocuments.flatMap((number) => related.documents.get(numberKey(number)) ?? []),
    unitId: row.unit_id,
    relatedDocuments,
    state: row.state as ContentState,
    version: row.version,
    createdAt: row.created_at,
  };
}

/** The article as its NDJSON line: the import's input, every field written out. */
export function toInput(row: ArticleRow): ArticleData {
  const cover = row.cover_url === null ? null : { url: row.cover_url, alt: row.cover_alt ?? '' };
  return {
    ...describedBy(row),
    body: row.body,
    unitId: row.unit_id,
    authorName: row.author_name,
    publishedAt: row.published_at,
    cover,
    attachments: parseList<AttachmentInput>(row.attachments),
    relatedDocuments: parseList<string>(row.related_documents),
  };
}
