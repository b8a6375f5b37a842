import type { Method } from './route-table.ts';
import type { ROLES } from './values.ts';

/** The contests' part of the route table (see `ROUTES`), kept beside it in its own file. */
export const CONTEST_ROUTES = {
  contests: { method: 'get', path: '/contests' },
  contestGet: { method: 'get', path: '/contests/{id}' },
  contestForm: { method: 'get', path: '/contests/{id}/form' },
  contestRegister: { method: 'post', path: '/contests/{id}/participants' },
  contestAttemptStart: { method: 'post', path: '/contests/{id}/attempts' },
  contestResults: { method: 'get', path: '/contests/{id}/results' },
  attemptGet: { method: 'get', path: '/attempts/{key}' },
  attemptAnswer: { method: 'put', path: '/attempts/{key}/answers/{questionId}' },
  attemptGuess: { method: 'put', path: '/attempts/{key}/guess' },
  attemptSubmit: { method: 'post', path: '/attempts/{key}/submit' },
  adminContestList: { method: 'get', path: '/admin/contests', role: 'contributor' },
  adminContestGet: { method: 'get', path: '/admin/contests/{id}', role: 'contributor' },
  adminContestCreate: { method: 'post', path: '/admin/contests', role: 'contributor' },
  adminContestUpdate: { method: 'put', path: '/admin/contests/{id}', role: 'contributor' },
  adminContestDelete: { method: 'delete', path: '/admin/contests/{id}', role: 'admin' },
  adminContestTransition: { method: 'post', path: '/admin/contests/{id}/state', role: 'contributor' },
  adminContestHistory: { method: 'get', path: '/admin/contests/{id}/history', role: 'contributor' },
  adminContestResults: { method: 'get', path: '/admin/contests/{id}/results', role: 'contributor' },
  adminContestPrize: { method: 'put', path: '/admin/contests/{id}/prizes', role: 'editor' },
  // Not JSON: the ranking (contact data for prizes only to editors) as CSV and as XLSX.
  adminContestResultsExport: { method: 'get', path: '/admin/contests/{id}/results.csv', role: 'contributor' },
  adminContestResultsXlsx: { method: 'get', path: '/admin/contests/{id}/results.xlsx', role: 'contributor' },
  adminContestQuestionList: { method: 'get', path: '/admin/contest-questions', role: 'contributor' },
  adminContestQuestionGet: { method: 'get', path: '/admin/contest-questions/{id}', role: 'contributor' },
  adminContestQuestionCreate: { method: 'post', path: '/admin/contest-questions', role: 'contributor' },
  adminContestQuestionUpdate: { method: 'put', path: '/admin/contest-questions/{id}', role: 'contributor' },
  adminContestQuestionDelete: {
    method: 'delete',
    path: '/admin/contest-questions/{id}',
    role: 'contributor',
  },
  adminContestQuestionImport: {
    method: 'post',
    path: '/admin/contest-questions/import',
    role: 'contributor',
  },
  // Not JSON: the import's template as CSV and as XLSX.
  adminContestQuestionTemplate: {
    method: 'get',
    path: '/admin/contest-questions/template.csv',
    role: 'contributor',
  },
  adminContestQuestionTemplateXlsx: {
    method: 'get',
    path: '/admin/contest-questions/template.xlsx',
    role: 'contributor',
  },
} as const satisfies Record<string, { method: Method; path: string; role?: (typeof ROLES)[number] }>;
