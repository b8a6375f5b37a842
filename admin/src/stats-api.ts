import type { Activity, ActivityInput, Page, Reporter, ReporterInput } from '@pbgdpl/contract';
import type { AdminApi } from './admin-api.ts';

/** Query values as sent: leave a filter out rather than pass it empty. */
type Query = Record<string, string | number>;

/** The Thống kê section's calls, through the console's client (token, errors, language). */
export const statsApi = (api: AdminApi) => ({
  activities: (query: Query) =>
    api.send<Page<Activity>>('admin/activities', { method: 'get', searchParams: query }),
  activity: (id: number) => api.send<Activity>(`admin/activities/${id}`, { method: 'get' }),
  saveActivity: (input: ActivityInput, id?: number) =>
    id === undefined
      ? api.send<Activity>('admin/activities', { method: 'post', json: input })
      : api.send<Activity>(`admin/activities/${id}`, { method: 'put', json: input }),
  deleteActivity: (id: number) => api.send<undefined>(`admin/activities/${id}`, { method: 'delete' }),
  reporters: (query: Query) =>
    api.send<Page<Reporter>>('admin/reporters', { method: 'get', searchParams: query }),
  reporter: (id: number) => api.send<Reporter>(`admin/reporters/${id}`, { method: 'get' }),
  saveReporter: (input: ReporterInput, id?: number) =>
    id === undefined
      ? api.send<Reporter>('admin/reporters', { method: 'post', json: input })
      : api.send<Reporter>(`admin/reporters/${id}`, { method: 'put', json: input }),
  deleteReporter: (id: number) => api.send<undefined>(`admin/reporters/${id}`, { method: 'delete' }),
});
