import type { DocumentSort } from '@pbgdpl/contract';
import { foldVi } from '@pbgdpl/vi-text';
import type { ParsedQuery } from './query.ts';

/**
 * Full-text search over documents, behind one small interface so that a PostgreSQL
 * implementation (tsvector over the same folded text) can sit beside the SQLite one.
 */
export interface DocumentSearch {
  /** Adds documents' text (remove the old text first); call it in the transaction that writes them. */
  index(documents: Array<{ id: number; text: IndexedText }>): Promise<void>;
  remove(id: number): Promise<void>;
  /** One page of matching document ids, best first, how many match in all, and facet counts. */
  search(request: SearchRequest): Promise<SearchResult>;
  /** Folded text of these documents, offset-aligned with the display text. */
  foldedText(ids: number[]): Promise<Map<number, FoldedText>>;
}

/** Display text of a document; the index folds it. */
export interface IndexedText {
  number: string;
  title: string;
  summary: string | null;
  bodyText: string;
}

/** The indexed columns as the index holds them: folded number, title, summary and body text. */
export interface FoldedText {
  number: string;
  title: string;
  summary: string;
  body: string;
}

/** The columns as both indexes hold them. */
export const foldIndexedText = (text: IndexedText): FoldedText => ({
  number: foldVi(text.number),
  title: foldVi(text.title),
  summary: foldVi(text.summary ?? ''),
  body: foldVi(text.bodyText),
});

export type FacetName = 'type' | 'issuer' | 'field' | 'status' | 'year';
/** Counts per value for the request, each facet ignoring its own filter. */
export type FacetCounts = Record<FacetName, Array<{ value: string; count: number }>>;

export interface SearchResult {
  ids: number[];
  total: number;
  facets: FacetCounts;
}

export interface SearchFilters {
  /** The public sees published documents only; editors may filter either way or not at all. */
  published?: boolean | undefined;
  type?: string | undefined;
  issuer?: string | undefined;
  field?: string | undefined;
  status?: string | undefined;
  year?: number | undefined;
  from?: string | undefined;
  to?: string | undefined;
}

export interface SearchRequest {
  query: ParsedQuery | null;
  filters: SearchFilters;
  sort: DocumentSort;
  page: number;
  pageSize: number;
}
