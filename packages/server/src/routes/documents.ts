import { routes } from '@pbgdpl/contract';
import type { Hono } from 'hono';
import type { AppDeps, AppEnv } from '../http/env.ts';
import { ProblemError } from '../http/problem.ts';
import { registerRoute } from '../http/route.ts';
import { documentListRepository } from '../repositories/document-list.ts';
import { documentRelationsRepository } from '../repositories/document-relations.ts';
import { documentsRepository } from '../repositories/documents.ts';
import { bodyImages } from '../repositories/body-images.ts';

/** Missing and unpublished look the same to the public. */
export const documentNotFound = (id: number) =>
  new ProblemError(404, { detail: { vi: `Không có văn bản số ${id}.`, en: `There is no document ${id}.` } });

export function documentRoutes(app: Hono<AppEnv>, deps: AppDeps): void {
  const list = documentListRepository(deps.db);
  const documents = documentsRepository(deps.db);
  const relations = documentRelationsRepository(deps.db);

  registerRoute(app, deps, routes.documents, async ({ query }) => list.publicPage(query));

  registerRoute(app, deps, routes.documentGet, async ({ params }) => {
    const document = await documents.getPublished(params.id);
    if (!document) throw documentNotFound(params.id);
    return { ...document, images: await bodyImages(deps.db, document.body) };
  });

  registerRoute(app, deps, routes.documentRelated, async ({ params }) => {
    const items = await relations.related(params.id);
    if (!items) throw documentNotFound(params.id);
    return { items };
  });
}
