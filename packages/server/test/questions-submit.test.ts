import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { AdminQuestion, QuestionReceipt } from '@pbgdpl/contract';
import { TRACKING_CODE } from '@pbgdpl/contract';
import { json } from './helpers.ts';
import { ADMIN_ORIGIN, type QuestionsApp, questionInput, questionsApp } from './questions-support.ts';

const count = async (t: QuestionsApp) =>
  Number(
    (
      await t.database.db
        .selectFrom('questions')
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

/** A fresh form with the fill time waited out; posts come from distinct clients so limits stay out of the way. */
async function ready(t: QuestionsApp, client: string) {
  const form = await t.form(client);
  t.wait(10);
  return form;
}

interface Problem {
  status: number;
  detail?: string;
  errors?: Record<string, string[]>;
}

test('a valid question: 201 with a tracking code, stored NFC, consents and the audit entry recorded', async () => {
  const t = await questionsApp();
  const form = await ready(t, '192.0.2.1');
  const nfd = 'Hỏi về thừa kế đất đai'.normalize('NFD');
  const response = await t.post(
    questionInput(form, {
      name: '  Trần Văn Án  ',
      phone: '+84 912.345.678',
      email: '',
      address: 'Ấp 3, xã Tân Biên 🌾',
      title: nfd,
      body: "Ông tôi mất năm 2020; '; DROP TABLE questions; -- <script>alert(1)</script> 😀 có được chia không?",
      unit: 'xa-tan-bien',
      consents: { version: form.consentVersion, processAndAnswer: true, publishName: true },
    }),
    { client: '192.0.2.1' },
  );
  assert.equal(response.status, 201);
  assert.equal(response.headers.get('Cache-Control'), 'no-store');
  const receipt = await json<QuestionReceipt>(response);
  assert.match(receipt.trackingCode, TRACKING_CODE);
  assert.equal(receipt.status, 'pending');
  assert.equal(response.headers.get('Location'), `/api/v1/questions/status/${receipt.trackingCode}`);

  const row = await t.database.db
    .selectFrom('questions')
    .selectAll()
    .where('tracking_code', '=', receipt.trackingCode)
    .executeTakeFirstOrThrow();
  const stored = await json<AdminQuestion>(await t.adminCall('GET', `/questions/${row.id}`, t.editor));
  assert.equal(stored.title, nfd.normalize('NFC'), 'stored NFC');
  assert.equal(
    stored.body,
    "Ông tôi mất năm 2020; '; DROP TABLE questions; -- <script>alert(1)</script> 😀 có được chia không?",
    'text comes back exactly (it is text, never markup)',
  );
  assert.deepEqual(stored.sender, {
    name: 'Trần Văn Án',
    email: null,
    phone: '0912345678',
    address: 'Ấp 3, xã Tân Biên 🌾',
    publishName: true,
  });
  assert.equal(stored.unit?.id, 'xa-tan-bien');
  const consents = await t.database.db
    .selectFrom('question_consents')
    .selectAll()
    .where('question_id', '=', row.id)
    .orderBy('purpose')
    .execute();
  assert.deepEqual(
    consents.map((c) => [c.purpose, c.granted, c.text_version, c.language, c.recorded_at]),
    [
      ['process-and-answer', 1, form.consentVersion, 'vi', receipt.receivedAt],
      ['publish-name', 1, form.consentVersion, 'vi', receipt.receivedAt],
    ],
  );
  assert.deepEqual(
    consents.map((c) => c.text),
    form.consents.map((c) => c.text),
  );
  const audit = await t.database.db
    .selectFrom('question_audit')
    .selectAll()
    .where('question_id', '=', row.id)
    .execute();
  assert.deepEqual(
    audit.map((a) => [a.actor, a.action]),
    [['citizen', 'received']],
  );
});

test('consent in English is recorded in English; the name is not published without consent', async () => {
  const t = await questionsApp();
  const form = await t.form('192.0.2.2', 'en');
  t.wait(10);
  const response = await t.post(questionInput(form), { client: '192.0.2.2' });
  assert.equal(response.status, 201);
  const consents = await t.database.db
    .selectFrom('question_consents')
    .select(['purpose', 'granted', 'language', 'text'])
    .orderBy('question_id', 'desc')
    .orderBy('purpose')
    .limit(2)
    .execute();
  assert.deepEqual(
    consents.map((c) => [c.purpose, c.granted, c.language]),
    [
      ['process-and-answer', 1, 'en'],
      ['publish-name', 0, 'en'],
    ],
  );
  assert.match(consents[0]?.text ?? '', /^I agree/);
});

test('bad inputs get per-field problems in Vietnamese or English and store nothing', async () => {
  const t = await questionsApp();
  const form = await ready(t, '192.0.2.3');
  const before = await count(t);
  const cases: Array<[string, unknown, string[]]> = [
    ['missing everything', {}, ['name', 'field', 'title', 'body', 'consents', 'formToken']],
    ['no contact', questionInput(form, { email: undefined, phone: undefined }), ['contact']],
    [
      'wrong phone and email',
      questionInput(form, { email: 'khong-phai-email', phone: '12345' }),
      ['email', 'phone'],
    ],
    ['short title and body', questionInput(form, { title: 'Ngắn', body: 'Quá ngắn' }), ['title', 'body']],
    ['oversized', questionInput(form, { name: 'A'.repeat(101), body: 'x'.repeat(5001) }), ['name', 'body']],
    [
      'wrong types',
      { ...questionInput(form), name: 42, field: ['dat-dai'], consents: 'yes' },
      ['name', 'field', 'consents'],
    ],
    [
      'consent to process refused',
      questionInput(form, {
        consents: { version: form.consentVersion, processAndAnswer: false as true, publishName: false },
      }),
      ['consents.processAndAnswer'],
    ],
    ['unknown field', questionInput(form, { field: 'khong-co' as 'dat-dai' }), ['field']],
  ];
  for (const [name, body, fields] of cases) {
    const response = await t.post(body, { client: `192.0.3.${cases.findIndex((c) => c[0] === name)}` });
    assert.equal(response.status, 400, name);
    assert.equal(response.headers.get('Content-Type'), 'application/problem+json; charset=utf-8');
    const problem = await json<Problem>(response);
    for (const field of fields)
      assert.ok(problem.errors?.[field]?.length, `${name}: ${field} in ${JSON.stringify(problem.errors)}`);
  }
  const en = await t.post(questionInput(form, { email: undefined, phone: '12345' }), {
    client: '192.0.3.50',
    headers: { 'Accept-Language': 'en' },
  });
  const enProblem = await json<Problem>(en);
  assert.match(enProblem.errors?.phone?.[0] ?? '', /Vietnamese phone number/);
  const vi = await json<Problem>(
    await t.post(questionInput(form, { email: undefined, phone: undefined }), { client: '192.0.3.51' }),
  );
  assert.deepEqual(vi.errors?.contact, ['Cần ít nhất email hoặc số điện thoại']);

  const invalidJson = await t.post('{"name": "x",', { client: '192.0.3.52' });
  assert.equal(invalidJson.status, 400);
  const huge = await t.post(questionInput(form, { body: 'x'.repeat(70 * 1024) }), { client: '192.0.3.53' });
  assert.equal(huge.status, 413);
  const notJson = await t.post('name=x', {
    client: '192.0.3.54',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
  });
  assert.equal(notJson.status, 415);
  const unit = await t.post(questionInput(form, { unit: 'khong-co' }), { client: '192.0.3.55' });
  assert.equal(unit.status, 400);
  assert.ok((await json<Problem>(unit)).errors?.unit);
  const version = await t.post(
    questionInput(form, { consents: { version: '2019-01-vi', processAndAnswer: true, publishName: false } }),
    { client: '192.0.3.56' },
  );
  assert.equal(version.status, 422, 'an unknown consent edition: the form must be reloaded');
  assert.ok((await json<Problem>(version)).errors?.['consents.version']);
  assert.equal(await count(t), before, 'nothing stored');
});

test('POST only from PBGDPL_CORS_ORIGINS or our own origin; the preflight allows Idempotency-Key', async () => {
  const t = await questionsApp();
  const form = await ready(t, '192.0.2.4');
  const preflight = await t.app.request('/api/v1/questions', {
    method: 'OPTIONS',
    headers: {
      Origin: ADMIN_ORIGIN,
      'Access-Control-Request-Method': 'POST',
      'Access-Control-Request-Headers': 'content-type, idempotency-key',
    },
  });
  assert.equal(preflight.headers.get('Access-Control-Allow-Origin'), ADMIN_ORIGIN);
  assert.match(preflight.headers.get('Access-Control-Allow-Headers') ?? '', /Idempotency-Key/);
  assert.match(preflight.headers.get('Access-Control-Allow-Methods') ?? '', /PATCH/);
  const strangerPreflight = await t.app.request('/api/v1/questions', {
    method: 'OPTIONS',
    headers: { Origin: 'https://evil.example', 'Access-Control-Request-Method': 'POST' },
  });
  assert.equal(strangerPreflight.headers.get('Access-Control-Allow-Origin'), null);

  const before = await count(t);
  const stranger = await t.post(questionInput(form), {
    client: '192.0.2.4',
    headers: { Origin: 'https://evil.example' },
  });
  assert.equal(stranger.status, 403);
  assert.equal(await count(t), before);
  const allowed = await t.post(questionInput(form), {
    client: '192.0.2.5',
    headers: { Origin: ADMIN_ORIGIN },
  });
  assert.equal(allowed.status, 201);
  assert.equal(allowed.headers.get('Access-Control-Allow-Origin'), ADMIN_ORIGIN);
  const same = await t.app.request('http://localhost/api/v1/questions', {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      Origin: 'http://localhost',
      'X-Forwarded-For': '192.0.2.6',
    },
    body: JSON.stringify(questionInput(await ready(t, '192.0.2.6'))),
  });
  assert.equal(same.status, 201);
  // Reads stay open to any page embedding the widget.
  const read = await t.app.request('/api/v1/questions', { headers: { Origin: 'https://evil.example' } });
  assert.equal(read.headers.get('Access-Control-Allow-Origin'), '*');
});
