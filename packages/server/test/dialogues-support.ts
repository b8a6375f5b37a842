import assert from 'node:assert/strict';
import type { AdminDialogue, DialogueInput, QuestionForm } from '@pbgdpl/contract';
import { tokensRepository } from '../src/repositories/tokens.ts';
import { json, makeApp, type TestApp } from './helpers.ts';

export const OWN_UNIT = 'xa-hoa-thanh';
export const OTHER_UNIT = 'phuong-tan-ninh';
export const CLIENT = '203.0.113.9';

export const dialogueInput = (input: Partial<DialogueInput> = {}): DialogueInput => ({
  title: 'Đối thoại về hòa giải tranh chấp đất đai ở cơ sở',
  topic: 'Ủy ban nhân dân xã đối thoại với người dân về hòa giải tranh chấp ranh giới đất.',
  fields: ['tu-phap', 'dat-dai'],
  targetGroups: ['nhan-dan'],
  unitId: OWN_UNIT,
  officials: [{ name: 'Huỳnh Văn Tài', position: 'Chủ tịch', unit: 'Ủy ban nhân dân xã Hòa Thạnh' }],
  startsAt: '2026-12-20T08:00:00+07:00',
  endsAt: '2026-12-20T11:00:00+07:00',
  format: 'in-person',
  place: 'Hội trường Ủy ban nhân dân xã Hòa Thạnh',
  conclusion: '<p>Kết luận <strong>buổi đối thoại</strong>.</p><script>alert(1)</script>',
  ...input,
});

export interface DialoguesApp extends TestApp {
  editor: string;
  /** A contributor of OWN_UNIT, of OTHER_UNIT, and of the province (issuer of most demo documents). */
  officer: string;
  stranger: string;
  province: string;
  call(
    token: string | null,
    method: string,
    path: string,
    body?: unknown,
    headers?: Record<string, string>,
  ): Promise<Response>;
  /** A public call from `client` behind the trusted proxy. */
  pub(
    method: string,
    path: string,
    body?: unknown,
    headers?: Record<string, string>,
    client?: string,
  ): Promise<Response>;
  form(path: string, client?: string, lang?: string): Promise<QuestionForm>;
  wait(seconds: number): void;
  /** A session an editor entered (so published), moved to `state` along the allowed moves. */
  session(
    state?: 'upcoming' | 'collecting' | 'live' | 'concluded',
    input?: Partial<DialogueInput>,
  ): Promise<AdminDialogue>;
}

export async function dialoguesApp(env: Record<string, string> = {}): Promise<DialoguesApp> {
  const t = await makeApp({
    env: { PBGDPL_TRUST_PROXY: '1', PBGDPL_QUESTION_MIN_FILL_SECONDS: '3', ...env },
  });
  const tokens = tokensRepository(t.database.db);
  const make = async (name: string, role: 'contributor' | 'editor', unit: string | null = null) =>
    (await tokens.create(name, role, t.clock(), unit)).token;
  const call: DialoguesApp['call'] = async (token, method, path, body, headers = {}) =>
    t.app.request(`/api/v1${path}`, {
      method,
      headers: {
        ...(token ? { Authorization: `Bearer ${token}` } : {}),
        'Content-Type': 'application/json',
        ...headers,
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
  const pub: DialoguesApp['pub'] = async (method, path, body, headers = {}, client = CLIENT) =>
    call(null, method, path, body, { 'X-Forwarded-For': client, ...headers });
  const editor = await make('Biên tập viên Hà', 'editor');
  const app: DialoguesApp = {
    ...t,
    editor,
    officer: await make('Cán bộ xã Hòa Thạnh', 'contributor', OWN_UNIT),
    stranger: await make('Cán bộ phường Tân Ninh', 'contributor', OTHER_UNIT),
    province: await make('Chuyên viên Văn phòng UBND tỉnh', 'contributor', 'tay-ninh'),
    call,
    pub,
    form: async (path, client = CLIENT, lang = 'vi') => {
      const response = await pub('GET', path, undefined, { 'Accept-Language': lang }, client);
      assert.equal(response.status, 200, await response.clone().text());
      return json<QuestionForm>(response);
    },
    wait: (seconds) => t.clock.set(new Date(t.clock().getTime() + seconds * 1000)),
    async session(state = 'collecting', input = {}) {
      const created = await call(editor, 'POST', '/admin/dialogues', dialogueInput(input));
      assert.equal(created.status, 201, await created.clone().text());
      let session = await json<AdminDialogue>(created);
      const path: Record<string, string[]> = {
        upcoming: [],
        collecting: ['collecting'],
        live: ['collecting', 'live'],
        concluded: ['collecting', 'live', 'concluded'],
      };
      for (const next of path[state] ?? []) {
        const moved = await call(editor, 'PUT', `/admin/dialogues/${session.id}/session-state`, {
          state: next,
        });
        assert.equal(moved.status, 200, await moved.clone().text());
        session = await json<AdminDialogue>(moved);
      }
      return session;
    },
  };
  return app;
}
