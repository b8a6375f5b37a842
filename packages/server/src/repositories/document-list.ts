import type {
  ContentState,
  AdminDocumentQuery,
  DocumentFacets,
  DocumentPage,
  DocumentQuery,
  DocumentStatus,
  DocumentSummary,
  DocumentType,
  LegalField,
  Page,
} from '@pbgdpl/contract';
import type { z } from 'zod';
import type { Db } from '../db/schema.ts';
import { fromDbBool, toDbBool } from '../db/values.ts';
import type { FeedEntry } from '../documents/feed.ts';
import {
  highlightFolded,
  highlightNumber,
  highlightText,
  snippet,
  termPattern,
} from '../search/highlight.ts';
import { type ParsedQuery, parseQuery } from '../search/query.ts';
import type { FacetCounts, SearchRequest } from '../search/search.ts';
import { documentSearch } from '../search/document-search.ts';
import { mayHoldTypo, suggestion } from '../search/suggestions.ts';
import { toIssuer } from './document-rows.ts';
import { documentsRepository, selectWithIssuer } from './documents.ts';
import { unitsRepository } from './units.ts';

type PublicQuery = z.output<typeof DocumentQuery>;
/** The console's query; `issuer`: a unit's person sees their unit's documents only. */
type EditorQuery = z.output<typeof AdminDocumentQuery> & { issuer?: string | undefined };
type EditorSummary = DocumentSummary & { published: boolean; state: ContentState; version: number };
/** What highlighting marks, as displayed. */
interface DisplayText {
  id: number;
  number: string;
  title: string;
  summary: string | null;
  body_text: string;
}

/** Lists and searches documents: the public's page with facets, and the editors' list. */
export function documentListRepository(db: Db) {
  const search = documentSearch(db);
  const documents = documentsRepository(db);

  /** The page's documents in the order found, with highlights when q was given. */
  async function summaries(ids: number[], query: ParsedQuery | null): Promise<EditorSummary[]> {
    if (ids.length === 0) return [];
    const rows = await selectWithIssuer(db)
      .select([
        'd.id',
        'd.number',
        'd.title',
        'd.type',
        'd.issuer_id',
        'd.issued_on',
        'd.effective_from',
        'd.effective_to',
        'd.status',
        'd.summary',
        'd.body_text',
        'd.published',
        'd.state',
        'd.version',
      ])
      .where('d.id', 'in', ids)
      .execute();
    const fields = await documents.fieldsOf(ids);
    const successors = await unitsRepository(db).successorsOf(rows.map((row) => row.issuer_id));
    const highlights = query
      ? await highlightsOf(rows, query)
      : new Map<number, DocumentSummary['highlight']>();
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.flatMap((id) => {
      const row = byId.get(id);
      if (!row) return [];
      return [
        {
          id,
          number: row.number,
          title: row.title,
          type: row.type as DocumentType,
          issuer: toIssuer(row, successors),
          issuedOn: row.issued_on,
          effectiveFrom: row.effective_from,
          effectiveTo: row.effective_to,
          status: row.status as DocumentStatus,
          fields: (fields.get(id) ?? []) as LegalField[],
          summary: row.summary,
          highlight: highlights.get(id) ?? null,
          published: fromDbBool(row.published),
          state: row.state as ContentState,
          version: row.version,
        },
      ];
    });
  }

  /**
   * Number and title marked; a snippet from the summary, else from the body text. The index
   * holds the text folded already: marking uses that instead of folding it again.
   */
  async function highlightsOf(rows: DisplayText[], query: ParsedQuery) {
    const pattern = termPattern(query.terms);
    const folded = await search.foldedText(rows.map((row) => row.id));
    return new Map(
      rows.map((row) => {
        const text = folded.get(row.id);
        const fromSummary = row.summary && text ? snippet(row.summary, text.summary, pattern) : null;
        return [
          row.id,
          {
            number: highlightNumber(row.number, query.numberKey, pattern, text?.number),
            title: text ? highlightFolded(row.title, text.title, pattern) : highlightText(row.title, pattern),
            snippet: fromSummary ?? (text ? snippet(row.body_text, text.body, pattern) : null),
          },
        ];
      }),
    );
  }

  /** Unit names as issuer labels. */
  async function labelIssuers(counts: FacetCounts): Promise<DocumentFacets> {
    const issuerIds = counts.issuer.map((c) => c.value);
    const names = issuerIds.length
      ? await db.selectFrom('units').select(['id', 'name']).where('id', 'in', issuerIds).execute()
      : [];
    const label = new Map(names.map((u) => [u.id, u.name]));
    return { ...counts, issuer: counts.issuer.map((c) => ({ ...c, label: label.get(c.value) ?? c.value })) };
  }

  return {
    /** The newest published documents (by publication, then issue date), for the feed. */
    async newestPublished(limit: number): Promise<FeedEntry[]> {
      const rows = await selectWithIssuer(db)
        .select([
          'd.id',
          'd.number',
          'd.title',
          'd.summary',
          'd.type',
          'd.status',
          'd.published_at',
          'd.updated_at',
        ])
        .where('d.published', '=', toDbBool(true))
        .orderBy('d.published_at', 'desc')
        .orderBy('d.issued_on', 'desc')
        .orderBy('d.id', 'desc')
        .limit(limit)
        .execute();
      return rows.map((row) => ({
        id: row.id,
        number: row.number,
        title: row.title,
        summary: row.summary,
        type: row.type,
        status: row.status,
        issuerName: row.issuer_name,
        publishedAt: row.published_at,
        updatedAt: row.updated_at,
      }));
    },

    async publicPage(query: PublicQuery): Promise<DocumentPage> {
      const { q, sort, page, pageSize, ...filters } = query;
      const parsed = parseQuery(q);
      const request: SearchRequest = {
        query: parsed,
        filters: { ...filters, published: true },
        sort,
        page,
        pageSize,
      };
      const found = await search.search(request);
      const items = (await summaries(found.ids, parsed)).map(({ published: _published, ...item }) => item);
      const suggested =
        q !== undefined && parsed && mayHoldTypo(parsed, found.total)
          ? await suggestion(db, search, q, request, found.total)
          : null;
      return {
        items,
        total: found.total,
        page,
        pageSize,
        facets: await labelIssuers(found.facets),
        ...(suggested && { suggestion: suggested }),
      };
    },

    async editorPage(query: EditorQuery): Promise<Page<EditorSummary>> {
      const parsed = parseQuery(query.q);
      const published = query.published === undefined ? undefined : query.published === 'true';
      const found = await search.search({
        query: parsed,
        filters: { published, issuer: query.issuer },
        sort: 'relevance',
        page: query.page,
        pageSize: query.pageSize,
      });
      return {
        items: await summaries(found.ids, parsed),
        total: found.total,
        page: query.page,
        pageSize: query.pageSize,
      };
    },
  };
}
