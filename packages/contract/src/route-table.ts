import { CONTEST_ROUTES } from './contest-route-table.ts';
import type { ROLES } from './values.ts';

export type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';

/**
 * Every endpoint's method, path (under `/api/v1`, with `{param}` placeholders) and the weakest
 * role allowed (none: public). No schema code: the browser's client builds its requests from
 * this table, and `routes.ts` adds the schemas the server validates with and OpenAPI shows.
 */
export const ROUTES = {
  site: { method: 'get', path: '/site' },
  banners: { method: 'get', path: '/banners' },
  documents: { method: 'get', path: '/documents' },
  documentGet: { method: 'get', path: '/documents/{id}' },
  documentRelated: { method: 'get', path: '/documents/{id}/related' },
  // Not JSON (or not the table's JSON): the Atom feed, the NDJSON export and its JSON Schema,
  // the statistics as CSV.
  documentFeed: { method: 'get', path: '/documents/feed.xml' },
  documentExport: { method: 'get', path: '/documents/export.ndjson' },
  documentLineSchema: { method: 'get', path: '/schemas/document-line.json' },
  statsExport: { method: 'get', path: '/stats/export.csv' },
  events: { method: 'post', path: '/events' },
  signIn: { method: 'post', path: '/auth/session' },
  signOut: { method: 'delete', path: '/auth/session' },
  passwordSet: { method: 'post', path: '/auth/password' },
  me: { method: 'get', path: '/admin/me', role: 'contributor' },
  mePassword: { method: 'put', path: '/admin/me/password', role: 'contributor' },
  mePreferences: { method: 'put', path: '/admin/me/preferences', role: 'contributor' },
  adminUserList: { method: 'get', path: '/admin/users', role: 'admin' },
  adminUserGet: { method: 'get', path: '/admin/users/{id}', role: 'admin' },
  adminUserCreate: { method: 'post', path: '/admin/users', role: 'admin' },
  adminUserUpdate: { method: 'put', path: '/admin/users/{id}', role: 'admin' },
  adminUserReset: { method: 'post', path: '/admin/users/{id}/reset', role: 'admin' },
  adminTokenList: { method: 'get', path: '/admin/tokens', role: 'admin' },
  adminTokenCreate: { method: 'post', path: '/admin/tokens', role: 'admin' },
  adminTokenRevoke: { method: 'delete', path: '/admin/tokens/{id}', role: 'admin' },
  adminMyWork: { method: 'get', path: '/admin/my-work', role: 'contributor' },
  adminMailList: { method: 'get', path: '/admin/mail', role: 'admin' },
  adminMailRetry: { method: 'post', path: '/admin/mail/{id}/retry', role: 'admin' },
  adminBannerList: { method: 'get', path: '/admin/banners', role: 'contributor' },
  adminBannerGet: { method: 'get', path: '/admin/banners/{id}', role: 'contributor' },
  adminBannerCreate: { method: 'post', path: '/admin/banners', role: 'contributor' },
  adminBannerUpdate: { method: 'put', path: '/admin/banners/{id}', role: 'contributor' },
  adminBannerDelete: { method: 'delete', path: '/admin/banners/{id}', role: 'admin' },
  adminBannerTransition: { method: 'post', path: '/admin/banners/{id}/state', role: 'contributor' },
  adminBannerHistory: { method: 'get', path: '/admin/banners/{id}/history', role: 'contributor' },
  adminDocumentList: { method: 'get', path: '/admin/documents', role: 'contributor' },
  adminDocumentGet: { method: 'get', path: '/admin/documents/{id}', role: 'contributor' },
  adminDocumentCreate: { method: 'post', path: '/admin/documents', role: 'contributor' },
  adminDocumentUpdate: { method: 'put', path: '/admin/documents/{id}', role: 'contributor' },
  adminDocumentPublish: { method: 'put', path: '/admin/documents/{id}/published', role: 'editor' },
  adminDocumentDelete: { method: 'delete', path: '/admin/documents/{id}', role: 'admin' },
  adminDocumentTransition: { method: 'post', path: '/admin/documents/{id}/state', role: 'contributor' },
  adminDocumentHistory: { method: 'get', path: '/admin/documents/{id}/history', role: 'contributor' },
  adminDocumentImport: { method: 'post', path: '/admin/documents/import', role: 'admin' },
  questions: { method: 'get', path: '/questions' },
  questionForm: { method: 'get', path: '/questions/form' },
  questionStatus: { method: 'get', path: '/questions/status/{code}' },
  questionGet: { method: 'get', path: '/questions/{id}' },
  questionCreate: { method: 'post', path: '/questions' },
  adminQuestionList: { method: 'get', path: '/admin/questions', role: 'contributor' },
  adminQuestionGet: { method: 'get', path: '/admin/questions/{id}', role: 'contributor' },
  adminQuestionEdit: { method: 'patch', path: '/admin/questions/{id}', role: 'editor' },
  adminQuestionAnswer: { method: 'put', path: '/admin/questions/{id}/answer', role: 'contributor' },
  // A contributor publishes only where the administrator lets their unit (checked by the route).
  adminQuestionPublish: { method: 'put', path: '/admin/questions/{id}/published', role: 'contributor' },
  adminQuestionFeature: { method: 'put', path: '/admin/questions/{id}/featured', role: 'editor' },
  adminQuestionReject: { method: 'put', path: '/admin/questions/{id}/rejection', role: 'editor' },
  adminQuestionAudit: { method: 'get', path: '/admin/questions/{id}/audit', role: 'contributor' },
  adminQuestionConsents: { method: 'get', path: '/admin/questions/{id}/consents', role: 'admin' },
  adminQuestionDelete: { method: 'delete', path: '/admin/questions/{id}', role: 'admin' },
  adminQuestionRouting: { method: 'get', path: '/admin/question-routing', role: 'editor' },
  adminQuestionRoutingUpdate: { method: 'put', path: '/admin/question-routing', role: 'admin' },
  adminUnitAnswerRight: {
    method: 'put',
    path: '/admin/question-routing/units/{unit}',
    role: 'admin',
  },
  videos: { method: 'get', path: '/videos' },
  videoGet: { method: 'get', path: '/videos/{id}' },
  adminVideoList: { method: 'get', path: '/admin/videos', role: 'contributor' },
  adminVideoGet: { method: 'get', path: '/admin/videos/{id}', role: 'contributor' },
  adminVideoCreate: { method: 'post', path: '/admin/videos', role: 'contributor' },
  adminVideoUpdate: { method: 'put', path: '/admin/videos/{id}', role: 'contributor' },
  adminVideoDelete: { method: 'delete', path: '/admin/videos/{id}', role: 'admin' },
  adminVideoTransition: { method: 'post', path: '/admin/videos/{id}/state', role: 'contributor' },
  adminVideoHistory: { method: 'get', path: '/admin/videos/{id}/history', role: 'contributor' },
  adminMediaList: { method: 'get', path: '/admin/media', role: 'editor' },
  adminMediaRules: { method: 'get', path: '/admin/media/rules', role: 'editor' },
  adminMediaUpload: { method: 'post', path: '/admin/media', role: 'editor' },
  adminMediaGet: { method: 'get', path: '/admin/media/{id}', role: 'editor' },
  adminMediaUpdate: { method: 'patch', path: '/admin/media/{id}', role: 'editor' },
  adminMediaDelete: { method: 'delete', path: '/admin/media/{id}', role: 'admin' },
  stats: { method: 'get', path: '/stats' },
  reporters: { method: 'get', path: '/reporters' },
  adminActivityList: { method: 'get', path: '/admin/activities', role: 'contributor' },
  adminActivityGet: { method: 'get', path: '/admin/activities/{id}', role: 'contributor' },
  adminActivityCreate: { method: 'post', path: '/admin/activities', role: 'contributor' },
  adminActivityUpdate: { method: 'put', path: '/admin/activities/{id}', role: 'contributor' },
  adminActivityDelete: { method: 'delete', path: '/admin/activities/{id}', role: 'admin' },
  adminActivityTransition: { method: 'post', path: '/admin/activities/{id}/state', role: 'contributor' },
  adminActivityHistory: { method: 'get', path: '/admin/activities/{id}/history', role: 'contributor' },
  adminReporterList: { method: 'get', path: '/admin/reporters', role: 'contributor' },
  adminReporterGet: { method: 'get', path: '/admin/reporters/{id}', role: 'contributor' },
  adminReporterCreate: { method: 'post', path: '/admin/reporters', role: 'contributor' },
  adminReporterUpdate: { method: 'put', path: '/admin/reporters/{id}', role: 'contributor' },
  adminReporterDelete: { method: 'delete', path: '/admin/reporters/{id}', role: 'admin' },
  ...CONTEST_ROUTES,
  // Articles: the fixed paths (feed, export) before `{idOrSlug}`, which never holds a dot.
  articles: { method: 'get', path: '/articles' },
  articleFeed: { method: 'get', path: '/articles/feed.xml' },
  articleExport: { method: 'get', path: '/articles/export.ndjson' },
  articleGet: { method: 'get', path: '/articles/{idOrSlug}' },
  articleCalendar: { method: 'get', path: '/articles/{id}.ics' },
  adminArticleList: { method: 'get', path: '/admin/articles', role: 'contributor' },
  adminArticleGet: { method: 'get', path: '/admin/articles/{id}', role: 'contributor' },
  adminArticleCreate: { method: 'post', path: '/admin/articles', role: 'contributor' },
  adminArticleUpdate: { method: 'put', path: '/admin/articles/{id}', role: 'contributor' },
  adminArticleDelete: { method: 'delete', path: '/admin/articles/{id}', role: 'admin' },
  adminArticleTransition: { method: 'post', path: '/admin/articles/{id}/state', role: 'contributor' },
  adminArticleHistory: { method: 'get', path: '/admin/articles/{id}/history', role: 'contributor' },
  adminArticleImport: { method: 'post', path: '/admin/articles/import', role: 'admin' },
} as const satisfies Record<string, { method: Method; path: string; role?: (typeof ROLES)[number] }>;

export type RouteName = keyof typeof ROUTES;

/** A route's path with its `{param}`s filled in (encoded), e.g. `/admin/banners/12`. */
export function pathOf(route: RouteName, params: Record<string, string | number> = {}): string {
  return ROUTES[route].path.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`${route}: the path needs ${name}`);
    return encodeURIComponent(String(value));
  });
}
