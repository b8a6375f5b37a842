import { ArticleInput, type ImportReport } from '@pbgdpl/contract';
import type { Db } from '../db/schema.ts';
import { inTransaction } from '../db/transaction.ts';
import type { ImportOptions } from '../documents/import.ts';
import { articlesRepository, slugOfTitle } from '../repositories/articles.ts';
import { transitionsRepository } from '../workflow/transitions.ts';
import { parseNdjsonRows } from '../transfer/ndjson-rows.ts';
import { articleProblems } from './article-checks.ts';

/**
 * Imports NDJSON, one ArticleInput per line, all or nothing, as `actor`: a row updates the
 * article with its slug (or its title's), others are created published, the move recorded in
 * the workflow's history. Names (unit, files, documents) are checked as the editors' form does.
 */
export async function importArticles(db: Db, ndjson: string, options: ImportOptions): Promise<ImportReport> {
  const parsed = parseNdjsonRows(ndjson, ArticleInput, options.lang, () => null);
  return inTransaction(db, async (trx) => {
    const articles = articlesRepository(trx);
    const valid = [];
    const rejected = [...parsed.rejected];
    for (const row of parsed.valid) {
      const errors = await articleProblems(trx, row.data, options.lang, { checkSlug: false });
      if (errors) rejected.push({ line: row.line, errors });
      else valid.push(row);
    }
    rejected.sort((a, b) => a.line - b.line);
    const rows = valid.length + rejected.length;
    const write = rejected.length === 0 && !options.dryRun && rows > 0;
    const earlier = new Set<string>();
    let created = 0;
    for (const { data } of valid) {
      const slug = data.slug ?? slugOfTitle(data.title);
      const id = await articles.idBySlug(slug);
      if (id === undefined && !earlier.has(slug)) created++;
      earlier.add(slug);
      if (!write) continue;
      if (id !== undefined) {
        await articles.update(id, { ...data, slug }, options.now);
        continue;
      }
      const article = await articles.create({ ...data, slug }, options.now, 'published');
      await transitionsRepository(trx).record('article', article.id, {
        at: options.now,
        actor: options.actor,
        from: null,
        to: 'published',
        comment: null,
      });
    }
    return { rows, created, updated: valid.length - created, written: write, rejected };
  });
}
