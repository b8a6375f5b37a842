import assert from 'node:assert/strict';
import type { QuestionForm, QuestionInput, WorkChallenge } from '@pbgdpl/contract';
import { solveChallenge } from 'altcha-lib/v1';
import { tokensRepository } from '../src/repositories/tokens.ts';
import { json, makeApp, type TestApp } from './helpers.ts';

export const ADMIN_ORIGIN = 'https://sotuphap.tayninh.gov.vn';

export interface QuestionsApp extends TestApp {
  editor: string;
  admin: string;
  /** Fetches the form as `client` (an address behind the trusted proxy). */
  form(client?: string, lang?: string): Promise<QuestionForm>;
  post(
    body: unknown,
    options?: { client?: string; key?: string; headers?: Record<string, string> },
  ): Promise<Response>;
  /** Waits out the minimum fill time on the test clock. */
  wait(seconds: number): void;
  adminCall(method: string, path: string, token: string | null, body?: unknown): Promise<Response>;
}

/** The app with the Q&A seed, an editor and an admin token, and the client address taken from X-Forwarded-For. */
export async function questionsApp(env: Record<string, string> = {}): Promise<QuestionsApp> {
  const t = await makeApp({ env: { PBGDPL_TRUST_PROXY: '1', PBGDPL_CORS_ORIGINS: ADMIN_ORIGIN, ...env } });
  const tokens = tokensRepository(t.database.db);
  const editor = (await tokens.create('Biên tập viên Hà', 'editor', t.clock())).token;
  const admin = (await tokens.create('Quản trị viên Sơn', 'admin', t.clock())).token;
  return {
    ...t,
    editor,
    admin,
    form: async (client = '203.0.113.1', lang = 'vi') =>
      json<QuestionForm>(
        await t.app.request('/api/v1/questions/form', {
          headers: { 'X-Forwarded-For': client, 'Accept-Language': lang },
        }),
      ),
    post: async (body, options = {}) =>
      t.app.request('/api/v1/questions', {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json',
          'X-Forwarded-For': options.client ?? '203.0.113.1',
          ...(options.key ? { 'Idempotency-Key': options.key } : {}),
          ...options.headers,
        },
        body: typeof body === 'string' ? body : JSON.stringify(body),
      }),
    wait: (seconds) => t.clock.set(new Date(t.clock().getTime() + seconds * 1000)),
    adminCall: async (method, path, token, body) =>
      t.app.request(`/api/v1/admin${path}`, {
        method,
        headers: {
          ...(token ? { Authorization: `Bearer ${token}` } : {}),
          'Content-Type': 'application/json',
        },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      }),
  };
}

/** A valid question for `form`; `input` overrides fields. */
export function questionInput(form: QuestionForm, input: Partial<QuestionInput> = {}): QuestionInput {
  return {
    name: 'Nguyễn Thị Kiểm Thử',
    email: 'kiemthu@example.com',
    field: 'dat-dai',
    title: 'Thủ tục tách thửa đất ở tại phường',
    body: 'Gia đình tôi muốn tách thửa đất ở 200 m² cho con. Xin hỏi thủ tục và diện tích tối thiểu?',
    consents: { version: form.consentVersion, processAndAnswer: true, publishName: false },
    formToken: form.formToken,
    ...input,
  };
}

/**
 * A fresh pending question sent through the public route (the form in `lang`, `input` over
 * the sample); returns its id and code.
 */
export async function ask(
  t: QuestionsApp,
  publishName = false,
  { input = {}, lang = 'vi' }: { input?: Partial<QuestionInput>; lang?: string } = {},
) {
  const client = '198.51.100.7';
  const form = await t.form(client, lang);
  t.wait(10);
  const consents = { version: form.consentVersion, processAndAnswer: true as const, publishName };
  const response = await t.post(questionInput(form, { consents, ...input }), { client });
  assert.equal(response.status, 201, await response.clone().text());
  const { trackingCode } = await json<{ trackingCode: string }>(response);
  const row = await t.database.db
    .selectFrom('questions')
    .select('id')
    .where('tracking_code', '=', trackingCode)
    .executeTakeFirstOrThrow();
  return { id: row.id, trackingCode };
}

/** Solves a challenge as the browser widget does, and encodes the payload the way the API expects. */
export async function solve(challenge: WorkChallenge): Promise<string> {
  const solution = await solveChallenge(
    challenge.challenge,
    challenge.salt,
    challenge.algorithm,
    challenge.maxNumber,
  ).promise;
  if (!solution) throw new Error('challenge not solvable');
  const payload = { ...challenge, number: solution.number };
  return Buffer.from(JSON.stringify(payload)).toString('base64');
}
