import { type ExchangeKind, exchangeLineSchema, type RouteName } from '@pbgdpl/contract';
import type { Context, Hono } from 'hono';
import { siteRepository } from '../repositories/site.ts';
import { publicBody, publicJson } from './cache.ts';
import type { AppDeps, AppEnv } from './env.ts';
import { apiPath } from './route.ts';

/** How many entries an Atom feed carries: enough for a reader that polls daily. */
export const FEED_SIZE = 30;

/** Each export's line schema, by the kind of item it carries. */
const SCHEMA_ROUTES = {
  document: 'documentLineSchema',
  article: 'articleLineSchema',
  question: 'questionLineSchema',
  video: 'videoLineSchema',
} as const satisfies Record<ExchangeKind, RouteName>;

/** Serves the JSON Schema of one line of `kind`'s NDJSON export. */
export function lineSchemaRoute(app: Hono<AppEnv>, kind: ExchangeKind): void {
  const schema = exchangeLineSchema(kind);
  app.get(apiPath(SCHEMA_ROUTES[kind]), (c) => {
    const response = publicJson(c, schema);
    response.headers.set('Content-Type', 'application/schema+json; charset=utf-8');
    return response;
  });
}

/** The header that points an export's reader at the schema of its lines. */
export const describedBy = (kind: ExchangeKind): string =>
  `<${apiPath(SCHEMA_ROUTES[kind])}>; rel="describedby"`;

/**
 * An NDJSON export read whole, then answered like any public body (ETag from its hash, kept by
 * the response cache): for exports of hundreds or thousands of lines, not of full texts.
 */
export async function publicNdjson(
  c: Context<AppEnv>,
  kind: ExchangeKind,
  lines: AsyncIterable<string>,
): Promise<Response> {
  let body = '';
  for await (const line of lines) body += line;
  c.header('Link', describedBy(kind));
  return publicBody(c, body, 'application/x-ndjson; charset=utf-8');
}

/** What every Atom feed's head needs: the site's name and the absolute URLs of the request's origin. */
export async function feedSite(c: Context<AppEnv>, deps: AppDeps) {
  const origin = new URL(c.req.url).origin;
  return {
    siteName: (await siteRepository(deps.db).settings())?.name ?? 'PBGDPL',
    url: (route: RouteName, params?: Record<string, string | number>) => origin + apiPath(route, params),
  };
}

/** An Atom body, cacheable like JSON. */
export const atomAnswer = (c: Context<AppEnv>, xml: string): Response =>
  publicBody(c, xml, 'application/atom+xml; charset=utf-8');
