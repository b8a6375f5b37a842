import { routes } from '@pbgdpl/contract';
import type { Context, Hono } from 'hono';
import { articleProblem, articleProblems } from '../articles/article-checks.ts';
import { importArticles } from '../articles/import.ts';
import type { Db } from '../db/schema.ts';
import { entityRoutes } from '../http/entity-routes.ts';
import type { AppDeps, AppEnv } from '../http/env.ts';
import { ProblemError, requestLanguage } from '../http/problem.ts';
import { registerRoute } from '../http/route.ts';
import { scopeOf } from '../http/unit-scope.ts';
import { articleListRepository } from '../repositories/article-list.ts';
import type { ArticleData } from '../repositories/article-rows.ts';
import { articlesRepository } from '../repositories/articles.ts';

const notFound = (id: number) =>
  new ProblemError(404, { detail: { vi: `Không có bài viết số ${id}.`, en: `There is no article ${id}.` } });

/**
 * The editors' articles: a unit's person writes and submits its own unit's, an editor returns
 * or publishes them (or writes them, published at once); an admin imports NDJSON.
 */
export function adminArticleRoutes(app: Hono<AppEnv>, deps: AppDeps): void {
  async function check(data: ArticleData, c: Context, db: Db, id?: number): Promise<void> {
    const errors = await articleProblems(db, data, requestLanguage(c), {
      checkSlug: true,
      ...(id === undefined ? {} : { id }),
    });
    if (errors) throw articleProblem(errors);
  }

  registerRoute(app, deps, routes.adminArticleList, async ({ query }, c) =>
    articleListRepository(deps.db).editorPage({ ...query, unit: scopeOf(c) ?? query.unit }),
  );

  registerRoute(app, deps, routes.adminArticleImport, async ({ query, body }, c) =>
    importArticles(deps.db, body, {
      dryRun: query.dryRun === 'true',
      now: deps.clock(),
      lang: requestLanguage(c),
      actor: c.get('principal'),
    }),
  );

  entityRoutes(app, deps, {
    entity: 'article',
    routes: {
      get: routes.adminArticleGet,
      create: routes.adminArticleCreate,
      update: routes.adminArticleUpdate,
      remove: routes.adminArticleDelete,
    },
    getRoute: 'adminArticleGet',
    store: articlesRepository,
    notFound,
    check,
    describe: (article) => article.title,
    unit: { ofItem: (article) => article.unitId, ofData: (data) => data.unitId },
    workflow: {
      stateOf: (article) => article.state,
      setState: (db, id, state, now) => articlesRepository(db).setState(id, state, now),
      consolePath: (id) => ['articles', id],
      routes: { transition: routes.adminArticleTransition, history: routes.adminArticleHistory },
    },
  });
}
