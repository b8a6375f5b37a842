export * from './common.ts';
export * from './units.ts';
export * from './site.ts';
export * from './banners.ts';
export * from './documents.ts';
export * from './events.ts';
export * from './tokens.ts';
export { feedRoute, routes, type RouteSpec } from './routes.ts';
export { openApiDocument } from './openapi.ts';
