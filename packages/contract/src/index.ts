export * from './values.ts';
export * from './common.ts';
export * from './units.ts';
export * from './site.ts';
export * from './banners.ts';
export * from './documents.ts';
export * from './document-number.ts';
export * from './questions.ts';
export * from './question-rules.ts';
export * from './question-routing.ts';
export * from './events.ts';
export * from './accounts.ts';
export * from './mail.ts';
export * from './workflow.ts';
export * from './my-work.ts';
export * from './videos.ts';
export * from './media.ts';
export * from './stats.ts';
export * from './reporters.ts';
export * from './sources.ts';
export * from './contests.ts';
export * from './articles.ts';
export * from './form-guards.ts';
export * from './submissions.ts';
export * from './dialogues.ts';
export * from './feedback.ts';
export { dialogueCalendarRoute, dialogueStreamRoute } from './dialogue-routes.ts';
export {
  articleCalendarRoute,
  articleExportRoute,
  articleFeedRoute,
  articleLineSchemaRoute,
  exportRoute,
  feedRoute,
  lineSchemaRoute,
  questionExportRoute,
  questionFeedRoute,
  questionLineSchemaRoute,
  routes,
  type RouteSpec,
  type RouteTypes,
  videoExportRoute,
  videoFeedRoute,
  videoLineSchemaRoute,
} from './routes.ts';
export { pathOf, ROUTES, type Method, type RouteName } from './route-table.ts';
export { exchangeLineSchema, type ExchangeKind, openApiDocument } from './openapi.ts';
