import type {
  AdminArticlePage,
  ArticleFacets,
  ArticlePage,
  ArticleQuery,
  ArticleSummary,
  ContentState,
  FacetCount,
} from '@pbgdpl/contract';
import type { z } from 'zod';
import { type Rank, likePattern, rankArticle } from '../articles/article-ranking.ts';
import type { Db } from '../db/schema.ts';
import { highlightText, snippet, termPattern } from '../search/highlight.ts';
import { type ParsedQuery, parseQuery } from '../search/query.ts';
import { htmlToText } from '../text/html.ts';
import { foldVi } from '@pbgdpl/vi-text';
import { type ArticleRow, loadRelated, parseList, toSummary } from './article-rows.ts';
import { eventsRepository } from './events.ts';

type PublicQuery = z.output<typeof ArticleQuery>;
type FacetName = keyof ArticleFacets;

/** The columns filters, facets and ranking read, for every candidate. */
interface Candidate {
  id: number;
  category: string;
  unit: string;
  fields: string[];
  audiences: string[];
  year: string;
  publishedAt: string;
  pinned: boolean;
  featured: boolean;
  rank: Rank | null;
}

/** Vietnam has one offset, +07:00, all year: the year an article was published there. */
const vnYear = (instant: string) => new Date(Date.parse(instant) + 7 * 3_600_000).toISOString().slice(0, 4);

/** The values of one facet an article has. */
const VALUES: Record<FacetName, (c: Candidate) => string[]> = {
  category: (c) => [c.category],
  unit: (c) => [c.unit],
  field: (c) => c.fields,
  audience: (c) => c.audiences,
  year: (c) => [c.year],
};

function matchesFilters(c: Candidate, query: PublicQuery, skip?: FacetName): boolean {
  const wanted: Record<FacetName, string | undefined> = {
    category: query.category,
    unit: query.unit,
    field: query.field,
    audience: query.audience,
    year: query.year === undefined ? undefined : String(query.year),
  };
  if (query.featured !== undefined && c.featured !== (query.featured === 'true')) return false;
  return (Object.keys(wanted) as FacetName[]).every(
    (name) => name === skip || wanted[name] === undefined || VALUES[name](c).includes(wanted[name]),
  );
}

/** Counts per value, each facet ignoring its own filter; most first, then by value (years newest first). */
function facets(candidates: Candidate[], query: PublicQuery, unitNames: Map<string, string>): ArticleFacets {
  const count = (name: FacetName): FacetCount[] => {
    const counts = new Map<string, number>();
    for (const c of candidates)
      if (matchesFilters(c, query, name))
        for (const value of VALUES[name](c)) counts.set(value, (counts.get(value) ?? 0) + 1);
    return [...counts]
      .sort(([a, x], [b, y]) => (name === 'year' ? b.localeCompare(a) : y - x || a.localeCompare(b)))
      .map(([value, n]) => ({
        value,
        count: n,
        ...(name === 'unit' ? { label: unitNames.get(value) ?? value } : {}),
      }));
  };
  return {
    category: count('category'),
    unit: count('unit'),
    field: count('field'),
    audience: count('audience'),
    year: count('year'),
  };
}

const byDate = (a: Candidate, b: Candidate) => b.publishedAt.localeCompare(a.publishedAt) || b.id - a.id;

/** Pinned first unless searching; then relevance (tier, score) or date. */
function order(query: PublicQuery, searched: boolean) {
  return (a: Candidate, b: Candidate): number => {
    if (!searched && a.pinned !== b.pinned) return a.pinned ? -1 : 1;
    if (query.sort === 'oldest') return -byDate(a, b);
    if (query.sort === 'relevance' && a.rank && b.rank)
      return a.rank.tier - b.rank.tier || b.rank.score - a.rank.score || byDate(a, b);
    return byDate(a, b);
  };
}

/** Escaped title and snippet with the matches marked. */
function highlight(row: ArticleRow, parsed: ParsedQuery | null): ArticleSummary['highlight'] {
  if (!parsed) return null;
  const pattern = termPattern(parsed.terms);
  const text = `${row.summary}\n${htmlToText(row.body)}`;
  return { title: highlightText(row.title, pattern), snippet: snippet(text, foldVi(text), pattern) };
}

/**
 * Article lists. Candidates are narrowed in SQL (state, every term of q among the folded
 * words); filters, facet counts and ranking run over them in code, the same on both databases.
 */
export function articleListRepository(db: Db) {
  /** Ids and the columns the list needs of every candidate; q's terms all present. */
  async function candidates(parsed: ParsedQuery | null, state?: ContentState, unit?: string) {
    let select = db
      .selectFrom('articles')
      .select([
        'id',
        'category',
        'unit_id',
        'fields',
        'audiences',
        'published_at',
        'created_at',
        'pinned',
        'featured',
        'search_title',
        'search_text',
      ]);
    if (state) select = select.where('state', '=', state);
    if (unit) select = select.where('unit_id', '=', unit);
    for (const term of parsed?.terms ?? []) select = select.where('search_text', 'like', likePattern(term));
    return select.execute();
  }

  /** How many published articles each term occurs in, and how many there are. */
  async function frequencies(parsed: ParsedQuery): Promise<{ documents: number[]; total: number }> {
    const count = async (pattern?: string) => {
      let select = db
        .selectFrom('articles')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('state', '=', 'published');
      if (pattern) select = select.where('search_text', 'like', pattern);
      return Number((await select.executeTakeFirstOrThrow()).n);
    };
    const [total, ...documents] = await Promise.all([
      count(),
      ...parsed.terms.map((term) => count(likePattern(term))),
    ]);
    return { documents, total: total ?? 0 };
  }

  async function rowsOf(ids: number[]): Promise<ArticleRow[]> {
    if (ids.length === 0) return [];
    const rows = await db.selectFrom('articles').selectAll().where('id', 'in', ids).execute();
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.flatMap((id) => byId.get(id) ?? []);
  }

  async function listPage(
    query: PublicQuery,
    parsed: ParsedQuery | null,
    options: { state?: ContentState; unit?: string },
  ) {
    const rows = await candidates(parsed, options.state, options.unit);
    const weights = parsed && parsed.terms.length > 0 ? await frequencies(parsed) : null;
    const all: Candidate[] = rows.map((row) => {
      const publishedAt = row.published_at ?? row.created_at;
      return {
        id: row.id,
        category: row.category,
        unit: row.unit_id,
        fields: parseList<string>(row.fields),
        audiences: parseList<string>(row.audiences),
        year: vnYear(publishedAt),
        publishedAt,
        pinned: row.pinned !== 0,
        featured: row.featured !== 0,
        rank:
          parsed && weights
            ? rankArticle(
                { searchTitle: row.search_title, searchText: row.search_text },
                parsed,
                weights.documents,
                weights.total,
              )
            : null,
      };
    });
    const matching = all.filter((c) => matchesFilters(c, query)).sort(order(query, parsed !== null));
    const start = (query.page - 1) * query.pageSize;
    const pageRows = await rowsOf(matching.slice(start, start + query.pageSize).map((c) => c.id));
    const related = await loadRelated(db, pageRows, false);
    return { all, matching, pageRows, related };
  }

  return {
    async publicPage(query: PublicQuery): Promise<ArticlePage> {
      const parsed = parseQuery(query.q);
      const { all, matching, pageRows, related } = await listPage(query, parsed, { state: 'published' });
      const unitIds = [...new Set(all.map((c) => c.unit))];
      const units = unitIds.length
        ? await db.selectFrom('units').select(['id', 'name']).where('id', 'in', unitIds).execute()
        : [];
      return {
        items: pageRows.map((row) => ({ ...toSummary(row, related), highlight: highlight(row, parsed) })),
        total: matching.length,
        page: query.page,
        pageSize: query.pageSize,
        facets: facets(all, query, new Map(units.map((u) => [u.id, u.name]))),
      };
    },

    /** Every state; a unit's person passes their own unit. Newest first. */
    async editorPage(query: {
      page: number;
      pageSize: number;
      q?: string | undefined;
      category?: PublicQuery['category'];
      unit?: string | undefined;
      state?: ContentState | undefined;
    }): Promise<AdminArticlePage> {
      const { matching, pageRows, related } = await listPage(
        { ...query, sort: 'newest' },
        parseQuery(query.q),
        { ...(query.state ? { state: query.state } : {}), ...(query.unit ? { unit: query.unit } : {}) },
      );
      const views = await eventsRepository(db).viewCounts(
        'article',
        pageRows.map((row) => row.id),
      );
      return {
        items: pageRows.map((row) => ({
          ...toSummary(row, related),
          highlight: null,
          state: row.state as ContentState,
          version: row.version,
          views: views.get(String(row.id)) ?? 0,
        })),
        total: matching.length,
        page: query.page,
        pageSize: query.pageSize,
      };
    },

    /** The newest published articles, of one category or unit if asked (the feed). */
    async newest(limit: number, filter: { category?: string | undefined; unit?: string | undefined }) {
      let select = db.selectFrom('articles').selectAll().where('state', '=', 'published');
      if (filter.category) select = select.where('category', '=', filter.category);
      if (filter.unit) select = select.where('unit_id', '=', filter.unit);
      const rows = await select.orderBy('published_at', 'desc').orderBy('id', 'desc').limit(limit).execute();
      const related = await loadRelated(db, rows, false);
      return rows.map((row) => toSummary(row, related));
    },
  };
}
