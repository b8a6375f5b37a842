import type {
  AdminQuestion,
  AdminQuestionPage,
  AnswerInput,
  AuditTrail,
  ConsentExport,
  QuestionEdit,
} from '@pbgdpl/contract';
import type { AdminApi, ListQuery } from './admin-api.ts';

const searchParams = (query: ListQuery) =>
  Object.fromEntries(
    Object.entries(query).filter(([, value]) => value !== undefined && value !== '') as Array<
      [string, string | number]
    >,
  );

/** The console's calls for `/admin/questions`, over the shared client (token, language, errors). */
export const questionApi = (api: AdminApi) => ({
  list: (query: ListQuery) =>
    api.send<AdminQuestionPage>('admin/questions', { method: 'get', searchParams: searchParams(query) }),
  get: (id: number) => api.send<AdminQuestion>(`admin/questions/${id}`, { method: 'get' }),
  edit: (id: number, input: QuestionEdit) =>
    api.send<AdminQuestion>(`admin/questions/${id}`, { method: 'patch', json: input }),
  answer: (id: number, input: AnswerInput) =>
    api.send<AdminQuestion>(`admin/questions/${id}/answer`, { method: 'put', json: input }),
  publish: (id: number, published: boolean) =>
    api.send<AdminQuestion>(`admin/questions/${id}/published`, { method: 'put', json: { published } }),
  feature: (id: number, featured: boolean) =>
    api.send<AdminQuestion>(`admin/questions/${id}/featured`, { method: 'put', json: { featured } }),
  reject: (id: number, reason: string) =>
    api.send<AdminQuestion>(`admin/questions/${id}/rejection`, { method: 'put', json: { reason } }),
  audit: (id: number) => api.send<AuditTrail>(`admin/questions/${id}/audit`, { method: 'get' }),
  consents: (id: number) => api.send<ConsentExport>(`admin/questions/${id}/consents`, { method: 'get' }),
  remove: (id: number) => api.send<undefined>(`admin/questions/${id}`, { method: 'delete' }),
});
export type QuestionApi = ReturnType<typeof questionApi>;
