import type { AdminArticle, Article, ArticleLink, ContentState } from '@pbgdpl/contract';
import { tokenizeVi } from '@pbgdpl/vi-text';
import type { Db } from '../db/schema.ts';
import { toDbTime } from '../db/values.ts';
import {
  type ArticleData,
  type ArticleRow,
  articleColumns,
  loadRelated,
  toAdminArticle,
} from './article-rows.ts';
import { stateChange } from '../db/state-change.ts';

const SLUG_WORDS = 12;

/** The slug an article without one gets: the folded words of its title. */
export const slugOfTitle = (title: string): string =>
  tokenizeVi(title).slice(0, SLUG_WORDS).join('-').slice(0, 100).replace(/-$/, '') || 'bai-viet';

/** Articles: the rows, their neighbours in a category, their state. Writes go inside a transaction. */
export function articlesRepository(db: Db) {
  const rowById = (id: number) =>
    db.selectFrom('articles').selectAll().where('id', '=', id).executeTakeFirst();

  /** The published article before (older) or after (newer) `row` in its category. */
  async function neighbour(row: ArticleRow, older: boolean): Promise<ArticleLink | null> {
    const at = row.published_at ?? row.created_at;
    const found = await db
      .selectFrom('articles')
      .select(['id', 'slug', 'title', 'published_at'])
      .where('state', '=', 'published')
      .where('category', '=', row.category)
      .where('id', '!=', row.id)
      .where((eb) =>
        eb.or([
          eb('published_at', older ? '<' : '>', at),
          eb.and([eb('published_at', '=', at), eb('id', older ? '<' : '>', row.id)]),
        ]),
      )
      .orderBy('published_at', older ? 'desc' : 'asc')
      .orderBy('id', older ? 'desc' : 'asc')
      .executeTakeFirst();
    return found
      ? { id: found.id, slug: found.slug, title: found.title, publishedAt: found.published_at ?? at }
      : null;
  }

  async function toArticle(row: ArticleRow): Promise<AdminArticle> {
    const [related, previous, next] = await Promise.all([
      loadRelated(db, [row], true),
      neighbour(row, true),
      neighbour(row, false),
    ]);
    return { ...toAdminArticle(row, related), previous, next };
  }

  /** `slug`, or the title's, made unique with -2, -3… (the article `id` may keep its own). */
  async function freeSlug(data: ArticleData, id?: number): Promise<string> {
    const base = data.slug ?? slugOfTitle(data.title);
    for (let n = 1; ; n++) {
      const slug = n === 1 ? base : `${base.slice(0, 110)}-${n}`;
      const taken = await db.selectFrom('articles').select('id').where('slug', '=', slug).executeTakeFirst();
      if (!taken || taken.id === id) return slug;
    }
  }

  return {
    async get(id: number): Promise<AdminArticle | undefined> {
      const row = await rowById(id);
      return row && toArticle(row);
    },

    /** A published article by id or slug; missing and unpublished look the same. */
    async getPublished(idOrSlug: string): Promise<Article | undefined> {
      const select = db.selectFrom('articles').selectAll().where('state', '=', 'published');
      const row = await (
        /^\d+$/.test(idOrSlug)
          ? select.where('id', '=', Number(idOrSlug))
          : select.where('slug', '=', idOrSlug)
      ).executeTakeFirst();
      if (!row) return undefined;
      const {
        unitId: _u,
        relatedDocuments: _r,
        state: _s,
        version: _v,
        createdAt: _c,
        ...article
      } = await toArticle(row);
      return article;
    },

    /** The id of the article with this slug, if any (imports match rows by slug). */
    async idBySlug(slug: string): Promise<number | undefined> {
      return (await db.selectFrom('articles').select('id').where('slug', '=', slug).executeTakeFirst())?.id;
    },

    /** Whether the slug belongs to an article other than `id`. */
    async slugTaken(slug: string, id?: number): Promise<boolean> {
      const found = await db.selectFrom('articles').select('id').where('slug', '=', slug).executeTakeFirst();
      return found !== undefined && found.id !== id;
    },

    async create(data: ArticleData, now: Date, state: ContentState = 'draft'): Promise<AdminArticle> {
      const at = toDbTime(now);
      const columns = articleColumns(data, await freeSlug(data));
      const published_at = columns.published_at ?? (state === 'published' ? at : null);
      const { id } = await db
        .insertInto('articles')
        .values({ ...columns, published_at, state, created_at: at, updated_at: at })
        .returning('id')
        .executeTakeFirstOrThrow();
      const article = await this.get(id);
      if (!article) throw new Error(`article ${id} vanished after insert`);
      return article;
    },

    /** An update keeps the date it was published unless the editor gives another. */
    async update(id: number, data: ArticleData, now: Date): Promise<AdminArticle | undefined> {
      const columns = articleColumns(data, await freeSlug(data, id));
      const result = await db
        .updateTable('articles')
        .set((eb) => ({
          ...columns,
          published_at: columns.published_at ?? eb.ref('published_at'),
          updated_at: toDbTime(now),
          version: eb('version', '+', 1),
        }))
        .where('id', '=', id)
        .executeTakeFirst();
      return result.numUpdatedRows === 0n ? undefined : this.get(id);
    },

    /** Publishing dates an undated article now. */
    async setState(id: number, state: ContentState, now: Date): Promise<AdminArticle | undefined> {
      const result = await db
        .updateTable('articles')
        .set((eb) => ({
          ...stateChange(state, now),
          published_at:
            state === 'published'
              ? eb.fn.coalesce('published_at', eb.val(toDbTime(now)))
              : eb.ref('published_at'),
        }))
        .where('id', '=', id)
        .executeTakeFirst();
      return result.numUpdatedRows === 0n ? undefined : this.get(id);
    },

    async remove(id: number): Promise<boolean> {
      const result = await db.deleteFrom('articles').where('id', '=', id).executeTakeFirst();
      return result.numDeletedRows > 0n;
    },
  };
}
