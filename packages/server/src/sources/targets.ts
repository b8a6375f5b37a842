import { createHash } from 'node:crypto';
import { ArticleInput, type Source } from '@pbgdpl/contract';
import { articleProblems } from '../articles/article-checks.ts';
import type { Db } from '../db/schema.ts';
import { checkDocumentRow } from '../documents/import.ts';
import type { ArticleData } from '../repositories/article-rows.ts';
import { articlesRepository } from '../repositories/articles.ts';
import type { DocumentData } from '../repositories/document-rows.ts';
import { documentsRepository } from '../repositories/documents.ts';
import { checkRow } from '../transfer/ndjson-rows.ts';
import { transitionsRepository } from '../workflow/transitions.ts';

export type Checked<D> = { data: D } | { errors: Record<string, string[]> };

/** What a run writes an upstream item into: documents or articles, each through its own checks. */
export interface SyncTarget<D> {
  /** The editors' checks, errors per field. */
  check(candidate: Record<string, unknown>): Promise<Checked<D>>;
  /** How the log names the item: a document's number, an article's title. */
  label(data: D): string;
  /** An item entered here by hand that the upstream item would duplicate. */
  findLocal(data: D): Promise<number | undefined>;
  /** The item as it is here: its version, or undefined when it was deleted. */
  version(id: number): Promise<number | undefined>;
  insert(data: D, now: Date): Promise<number>;
  /** Overwrites the item's content; whether it is public stays an editor's decision. */
  update(id: number, data: D, now: Date): Promise<void>;
}

/** The mapped item's hash: the same upstream content under the same mapping hashes the same. */
export const contentHash = (data: object) =>
  createHash('sha256')
    .update(JSON.stringify({ ...data, published: null }))
    .digest('hex');

function documentTarget(db: Db, unitIds: Set<string>): SyncTarget<DocumentData> {
  const documents = documentsRepository(db);
  return {
    check: async (candidate) => checkDocumentRow(candidate, unitIds, 'vi'),
    label: (data) => data.number,
    findLocal: (data) => documents.idByNumber(data.issuerId, data.number),
    version: async (id) => (await documents.getForEditor(id))?.version,
    insert: (data, now) => documents.insert(data, now),
    async update(id, data, now) {
      const current = await documents.getForEditor(id);
      await documents.update(id, { ...data, published: current?.published ?? data.published }, now);
    },
  };
}

/** Articles a feed adds are published, or submitted for review when the source says so; the history records who. */
function articleTarget(db: Db, options: { publish: boolean; actor: string }): SyncTarget<ArticleData> {
  const articles = articlesRepository(db);
  return {
    async check(candidate) {
      const row = checkRow(candidate, ArticleInput, 'vi', () => null);
      if ('errors' in row) return row;
      const errors = await articleProblems(db, row.data, 'vi', { checkSlug: false });
      return errors ? { errors } : row;
    },
    label: (data) => `“${data.title}”`,
    // Entries have no number: nothing entered by hand is recognised as the same article.
    findLocal: async () => undefined,
    version: async (id) => (await articles.get(id))?.version,
    async insert(data, now) {
      const state = options.publish ? 'published' : 'submitted';
      const { id } = await articles.create(data, now, state);
      await transitionsRepository(db).record('article', id, {
        at: now,
        actor: { name: options.actor, userId: null },
        from: null,
        to: state,
        comment: null,
      });
      return id;
    },
    async update(id, data, now) {
      await articles.update(id, data, now);
    },
  };
}

export interface TargetContext {
  unitIds: Set<string>;
  /** Publish what the source adds (articles; a document's own field says it). */
  publish: boolean;
  /** Who the content history names for an added article. */
  actor: string;
}

/**
 * Calls `use` with the maker of a source's target on a given database (the run's to check,
 * the item's transaction to write), one item type for both.
 */
export function withSyncTarget<R>(
  feeds: Source['feeds'],
  context: TargetContext,
  use: <D extends object>(targetOn: (db: Db) => SyncTarget<D>) => R,
): R {
  return feeds === 'articles'
    ? use((db) => articleTarget(db, context))
    : use((db) => documentTarget(db, context.unitIds));
}
