import { z } from 'zod';
import { Health } from './common.ts';
import {
  AdminBannerPage,
  AdminBannerQuery,
  Banner,
  BannerInput,
  BannerList,
  BannerQuery,
} from './banners.ts';
import {
  AdminDocument,
  AdminDocumentPage,
  AdminDocumentQuery,
  DocumentInput,
  DocumentPage,
  DocumentQuery,
  ImportQuery,
  ImportReport,
  LegalDocument,
  PublishInput,
  RelationList,
} from './documents.ts';
import { EventBatch, EventReceipt } from './events.ts';
import { Site } from './site.ts';
import { Me, type Role } from './tokens.ts';

export interface RouteSpec {
  method: 'get' | 'post' | 'put' | 'patch' | 'delete';
  /** OpenAPI path under /api/v1, with `{param}` placeholders. */
  path: string;
  summary: string;
  tag: string;
  /** The weakest role allowed; absent for public routes. */
  role?: Role;
  params?: z.ZodObject;
  query?: z.ZodObject;
  body?: z.ZodType;
  /** Media types the body may come as (default JSON only). */
  bodyTypes?: string[];
  /** The success status and its schema (none for 204). */
  status: 200 | 201 | 202 | 204;
  response?: z.ZodType;
}

const IdParam = z.object({ id: z.coerce.number().int().min(1) });

/** Every endpoint of the API, in one table: the server validates with it, OpenAPI is made from it. */
export const routes = {
  site: {
    method: 'get',
    path: '/site',
    summary: 'Site profile, units and links',
    tag: 'site',
    status: 200,
    response: Site,
  },
  banners: {
    method: 'get',
    path: '/banners',
    summary: 'Banners active now for a placement and unit',
    tag: 'banners',
    query: BannerQuery,
    status: 200,
    response: BannerList,
  },
  documents: {
    method: 'get',
    path: '/documents',
    summary: 'Search and browse published legal documents, with facet counts',
    tag: 'documents',
    query: DocumentQuery,
    status: 200,
    response: DocumentPage,
  },
  documentGet: {
    method: 'get',
    path: '/documents/{id}',
    summary: 'One published document with its full text, attachments and materials',
    tag: 'documents',
    params: IdParam,
    status: 200,
    response: LegalDocument,
  },
  documentRelated: {
    method: 'get',
    path: '/documents/{id}/related',
    summary: 'Relations of a document, from both sides',
    tag: 'documents',
    params: IdParam,
    status: 200,
    response: RelationList,
  },
  events: {
    method: 'post',
    path: '/events',
    summary: 'Impression, click and view beacons',
    tag: 'events',
    body: EventBatch,
    // navigator.sendBeacon sends JSON as text/plain, which needs no CORS preflight.
    bodyTypes: ['application/json', 'text/plain'],
    status: 202,
    response: EventReceipt,
  },
  me: {
    method: 'get',
    path: '/admin/me',
    summary: 'Who the bearer token belongs to',
    tag: 'admin',
    role: 'editor',
    status: 200,
    response: Me,
  },
  adminBannerList: {
    method: 'get',
    path: '/admin/banners',
    summary: 'All banners, scheduled and inactive ones included',
    tag: 'admin',
    role: 'editor',
    query: AdminBannerQuery,
    status: 200,
    response: AdminBannerPage,
  },
  adminBannerGet: {
    method: 'get',
    path: '/admin/banners/{id}',
    summary: 'One banner',
    tag: 'admin',
    role: 'editor',
    params: IdParam,
    status: 200,
    response: Banner,
  },
  adminBannerCreate: {
    method: 'post',
    path: '/admin/banners',
    summary: 'Create a banner',
    tag: 'admin',
    role: 'editor',
    body: BannerInput,
    status: 201,
    response: Banner,
  },
  adminBannerUpdate: {
    method: 'put',
    path: '/admin/banners/{id}',
    summary: 'Replace a banner',
    tag: 'admin',
    role: 'editor',
    params: IdParam,
    body: BannerInput,
    status: 200,
    response: Banner,
  },
  adminBannerDelete: {
    method: 'delete',
    path: '/admin/banners/{id}',
    summary: 'Delete a banner',
    tag: 'admin',
    role: 'admin',
    params: IdParam,
    status: 204,
  },
  adminDocumentList: {
    method: 'get',
    path: '/admin/documents',
    summary: 'All documents, unpublished ones included',
    tag: 'admin',
    role: 'editor',
    query: AdminDocumentQuery,
    status: 200,
    response: AdminDocumentPage,
  },
  adminDocumentGet: {
    method: 'get',
    path: '/admin/documents/{id}',
    summary: 'One document as editors edit it',
    tag: 'admin',
    role: 'editor',
    params: IdParam,
    status: 200,
    response: AdminDocument,
  },
  adminDocumentCreate: {
    method: 'post',
    path: '/admin/documents',
    summary: 'Create a document',
    tag: 'admin',
    role: 'editor',
    body: DocumentInput,
    status: 201,
    response: AdminDocument,
  },
  adminDocumentUpdate: {
    method: 'put',
    path: '/admin/documents/{id}',
    summary: 'Replace a document',
    tag: 'admin',
    role: 'editor',
    params: IdParam,
    body: DocumentInput,
    status: 200,
    response: AdminDocument,
  },
  adminDocumentPublish: {
    method: 'put',
    path: '/admin/documents/{id}/published',
    summary: 'Publish or unpublish a document',
    tag: 'admin',
    role: 'editor',
    params: IdParam,
    body: PublishInput,
    status: 200,
    response: AdminDocument,
  },
  adminDocumentDelete: {
    method: 'delete',
    path: '/admin/documents/{id}',
    summary: 'Delete a document',
    tag: 'admin',
    role: 'admin',
    params: IdParam,
    status: 204,
  },
  adminDocumentImport: {
    method: 'post',
    path: '/admin/documents/import',
    summary: 'Import documents from NDJSON, one DocumentInput per line, all or nothing',
    tag: 'admin',
    role: 'admin',
    query: ImportQuery,
    bodyTypes: ['application/x-ndjson'],
    status: 200,
    response: ImportReport,
  },
} satisfies Record<string, RouteSpec>;

/** Not JSON: served beside the table, listed for the OpenAPI document. */
export const feedRoute = { path: '/documents/feed.xml', summary: 'Atom feed of the newest documents' };

/** Outside /api/v1, listed for the OpenAPI document. */
export const healthRoute = { path: '/healthz', response: Health };
