export * from './common.ts';
export * from './units.ts';
export * from './site.ts';
export * from './banners.ts';
export * from './events.ts';
export * from './tokens.ts';
export { routes, type RouteSpec } from './routes.ts';
export { openApiDocument } from './openapi.ts';
