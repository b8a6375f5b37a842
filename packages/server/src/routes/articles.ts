import { articleFeedRoute, routes } from '@pbgdpl/contract';
import type { Hono } from 'hono';
import { eventCalendar } from '../articles/calendar.ts';
import { exportArticles } from '../articles/export.ts';
import { articleFeed } from '../articles/feed.ts';
import { publicBody } from '../http/cache.ts';
import type { AppDeps, AppEnv } from '../http/env.ts';
import { atomAnswer, FEED_SIZE, feedSite, lineSchemaRoute, publicNdjson } from '../http/exchange.ts';
import { ProblemError } from '../http/problem.ts';
import { apiPath, registerRoute } from '../http/route.ts';
import { parseRequest } from '../http/validate.ts';
import { articleListRepository } from '../repositories/article-list.ts';
import { articlesRepository } from '../repositories/articles.ts';

/** Missing and unpublished look the same to the public. */
const notFound = (ref: string | number) =>
  new ProblemError(404, {
    detail: { vi: `Không có bài viết "${ref}".`, en: `There is no article "${ref}".` },
  });

const noEvent = (id: number) =>
  new ProblemError(404, {
    detail: {
      vi: `Bài viết số ${id} không có lịch sự kiện.`,
      en: `Article ${id} announces no event.`,
    },
  });

/**
 * The public side of articles: the list with search and facets, one article by id or slug, the
 * Atom feed (of a category or unit), the NDJSON export and an announcement's calendar file.
 * The fixed paths are mounted before `{idOrSlug}`.
 */
export function articleRoutes(app: Hono<AppEnv>, deps: AppDeps): void {
  const list = articleListRepository(deps.db);
  const articles = articlesRepository(deps.db);

  registerRoute(app, deps, routes.articles, async ({ query }) => list.publicPage(query));

  app.get(apiPath('articleFeed'), async (c) => {
    const { query: filter } = await parseRequest(
      c,
      { ...articleFeedRoute, method: 'get', tag: 'articles', status: 200 },
      [],
    );
    const site = await feedSite(c, deps);
    const search = new URLSearchParams(Object.entries(filter).filter(([, v]) => v !== undefined)).toString();
    const xml = articleFeed(await list.newest(FEED_SIZE, filter), {
      siteName: site.siteName,
      selfUrl: site.url('articleFeed') + (search ? `?${search}` : ''),
      itemUrl: (id) => site.url('articleGet', { idOrSlug: id }),
    });
    return atomAnswer(c, xml);
  });

  app.get(apiPath('articleExport'), (c) => publicNdjson(c, 'article', exportArticles(deps.db)));
  lineSchemaRoute(app, 'article');

  // `/articles/{id}.ics`: the router cannot end a parameter before a suffix, so the file name
  // is matched whole (digits only) and mounted before `{idOrSlug}`, which never holds a dot.
  app.get(`${apiPath('articles')}/:file{[1-9][0-9]{0,9}\\.ics}`, async (c) => {
    const id = Number(c.req.param('file').replace(/\.ics$/, ''));
    const article = await articles.getPublished(String(id));
    if (!article) throw notFound(id);
    if (!article.event) throw noEvent(id);
    const url = new URL(c.req.url);
    const event = {
      ...article.event,
      uid: `article-${article.id}`,
      title: article.title,
      description: article.summary || null,
      changedAt: article.updatedAt,
    };
    const ics = eventCalendar(event, {
      host: url.hostname,
      url: url.origin + apiPath('articleGet', { idOrSlug: article.slug }),
    });
    const response = publicBody(c, ics, 'text/calendar; charset=utf-8');
    response.headers.set('Content-Disposition', `attachment; filename="${article.slug}.ics"`);
    return response;
  });

  registerRoute(app, deps, routes.articleGet, async ({ params }) => {
    const article = await articles.getPublished(params.idOrSlug);
    if (!article) throw notFound(params.idOrSlug);
    return article;
  });
}
