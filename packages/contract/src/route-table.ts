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
  adminMailList: { method: 'get', path: '/admin/mail', role: 'admin' },
  adminMailRetry: { method: 'post', path: '/admin/mail/{id}/retry', role: 'admin' },
  adminBannerList: { method: 'get', path: '/admin/banners', role: 'editor' },
  adminBannerGet: { method: 'get', path: '/admin/banners/{id}', role: 'editor' },
  adminBannerCreate: { method: 'post', path: '/admin/banners', role: 'editor' },
  adminBannerUpdate: { method: 'put', path: '/admin/banners/{id}', role: 'editor' },
  adminBannerDelete: { method: 'delete', path: '/admin/banners/{id}', role: 'admin' },
  adminDocumentList: { method: 'get', path: '/admin/documents', role: 'editor' },
  adminDocumentGet: { method: 'get', path: '/admin/documents/{id}', role: 'editor' },
  adminDocumentCreate: { method: 'post', path: '/admin/documents', role: 'editor' },
  adminDocumentUpdate: { method: 'put', path: '/admin/documents/{id}', role: 'editor' },
  adminDocumentPublish: { method: 'put', path: '/admin/documents/{id}/published', role: 'editor' },
  adminDocumentDelete: { method: 'delete', path: '/admin/documents/{id}', role: 'admin' },
  adminDocumentImport: { method: 'post', path: '/admin/documents/import', role: 'admin' },
  adminSourceList: { method: 'get', path: '/admin/sources', role: 'admin' },
  adminSourceGet: { method: 'get', path: '/admin/sources/{id}', role: 'admin' },
  adminSourceCreate: { method: 'post', path: '/admin/sources', role: 'admin' },
  adminSourceUpdate: { method: 'put', path: '/admin/sources/{id}', role: 'admin' },
  adminSourceDelete: { method: 'delete', path: '/admin/sources/{id}', role: 'admin' },
  adminSourceRun: { method: 'post', path: '/admin/sources/{id}/run', role: 'admin' },
  adminSourceRuns: { method: 'get', path: '/admin/sources/{id}/runs', role: 'admin' },
  adminSourceConflicts: { method: 'get', path: '/admin/sources/{id}/conflicts', role: 'admin' },
  adminSourceResolve: { method: 'post', path: '/admin/sources/{id}/conflicts/resolve', role: 'admin' },
  questions: { method: 'get', path: '/questions' },
  questionForm: { method: 'get', path: '/questions/form' },
  questionStatus: { method: 'get', path: '/questions/status/{code}' },
  questionGet: { method: 'get', path: '/questions/{id}' },
  questionCreate: { method: 'post', path: '/questions' },
  adminQuestionList: { method: 'get', path: '/admin/questions', role: 'contributor' },
  adminQuestionGet: { method: 'get', path: '/admin/questions/{id}', role: 'contributor' },
  adminQuestionEdit: { method: 'patch', path: '/admin/questions/{id}', role: 'editor' },
  adminQuestionAnswer: { method: 'put', path: '/admin/questions/{id}/answer', role: 'contributor' },
  adminQuestionPublish: { method: 'put', path: '/admin/questions/{id}/published', role: 'editor' },
  adminQuestionFeature: { method: 'put', path: '/admin/questions/{id}/featured', role: 'editor' },
  adminQuestionReject: { method: 'put', path: '/admin/questions/{id}/rejection', role: 'editor' },
  adminQuestionAudit: { method: 'get', path: '/admin/questions/{id}/audit', role: 'contributor' },
  adminQuestionConsents: { method: 'get', path: '/admin/questions/{id}/consents', role: 'admin' },
  adminQuestionDelete: { method: 'delete', path: '/admin/questions/{id}', role: 'admin' },
  videos: { method: 'get', path: '/videos' },
  videoGet: { method: 'get', path: '/videos/{id}' },
  adminVideoList: { method: 'get', path: '/admin/videos', role: 'editor' },
  adminVideoGet: { method: 'get', path: '/admin/videos/{id}', role: 'editor' },
  adminVideoCreate: { method: 'post', path: '/admin/videos', role: 'editor' },
  adminVideoUpdate: { method: 'put', path: '/admin/videos/{id}', role: 'editor' },
  adminVideoDelete: { method: 'delete', path: '/admin/videos/{id}', role: 'admin' },
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
