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
} satisfies Record<string, RouteSpec>;

/** Outside /api/v1, listed for the OpenAPI document. */
export const healthRoute = { path: '/healthz', response: Health };
