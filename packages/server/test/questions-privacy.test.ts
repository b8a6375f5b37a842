import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { QuestionPage, QuestionReceipt } from '@pbgdpl/contract';
import { sql } from 'kysely';
import { json } from './helpers.ts';
import { type QuestionsApp, questionInput, questionsApp } from './questions-support.ts';

const SECRET = {
  name: 'Khổng Minh Bímật',
  email: 'canary.private.7731@example.com',
  phone: '0200 777 3131',
  storedPhone: '02007773131',
  address: 'Số 99 hẻm Canary Riêng Tư',
};
const NEEDLES = [SECRET.name, SECRET.email, SECRET.storedPhone, '777 3131', SECRET.address, 'canary.private'];

/** Everything written to the console while `work` runs (the server logs only there). */
async function captureLogs(work: () => Promise<void>): Promise<string> {
  const lines: string[] = [];
  const methods = ['log', 'info', 'warn', 'error', 'debug'] as const;
  const originals = methods.map((m) => console[m]);
  const writes = [process.stdout.write, process.stderr.write];
  for (const m of methods)
    console[m] = (...args: unknown[]) =>
      void lines.push(
        args
          .map((a) =>
            a instanceof Error ? `${a.message} ${a.stack}` : typeof a === 'string' ? a : JSON.stringify(a),
          )
          .join(' '),
      );
  const tap = (original: typeof process.stdout.write) =>
    ((chunk: unknown, ...rest: unknown[]) => {
      lines.push(String(chunk));
      return (original as (...a: unknown[]) => boolean).call(process.stdout, chunk, ...rest);
    }) as typeof process.stdout.write;
  process.stdout.write = tap(writes[0] as typeof process.stdout.write);
  process.stderr.write = tap(writes[1] as typeof process.stderr.write);
  try {
    await work();
  } finally {
    methods.forEach((m, i) => (console[m] = originals[i] as (typeof console)[typeof m]));
    process.stdout.write = writes[0] as typeof process.stdout.write;
    process.stderr.write = writes[1] as typeof process.stderr.write;
  }
  return lines.join('\n');
}

const assertClean = (label: string, text: string) => {
  for (const needle of NEEDLES) assert.ok(!text.includes(needle), `${label} leaks "${needle}"`);
};

async function publicTexts(t: QuestionsApp, id: number, code: string): Promise<Array<[string, string]>> {
  const paths = [
    '/api/v1/questions?pageSize=100',
    '/api/v1/questions?pageSize=100&sort=featured',
    `/api/v1/questions?q=${encodeURIComponent('Khổng Minh')}`,
    `/api/v1/questions?q=${encodeURIComponent(SECRET.email)}`,
    `/api/v1/questions?q=canary`,
    `/api/v1/questions?q=${encodeURIComponent('riêng tư thừa kế')}`,
    `/api/v1/questions/${id}`,
    `/api/v1/questions/status/${code}`,
    '/api/v1/questions/form',
    '/api/v1/documents/feed.xml',
    '/api/v1/questions/feed.xml',
    '/api/v1/questions/export.ndjson',
    '/api/v1/schemas/question-line.json',
    '/api/v1/site',
    '/api/v1/openapi.json',
  ];
  const texts: Array<[string, string]> = [];
  for (const path of paths) {
    const response = await t.app.request(path);
    texts.push([`${path} (${response.status})`, await response.text()]);
  }
  return texts;
}

test('contact details and an unconsented name never reach a public response, an error or the log', async () => {
  const t = await questionsApp();
  let logged = '';
  let id = 0;
  let code = '';
  logged += await captureLogs(async () => {
    const form = await t.form();
    t.wait(10);
    const input = questionInput(form, {
      name: SECRET.name,
      email: SECRET.email,
      phone: SECRET.phone,
      address: SECRET.address,
      title: 'Thừa kế nhà đất khi không có di chúc',
      body: 'Cha tôi mất không để lại di chúc, nhà đất chưa sang tên. Xin hỏi thủ tục khai nhận thừa kế?',
    });
    // Invalid posts carrying the values: the problems name fields, never echo values.
    const invalid = [
      { ...input, email: `${SECRET.email}@@`, phone: `${SECRET.phone}9999` },
      { ...input, name: `${SECRET.name}${'x'.repeat(120)}` },
      { ...input, address: `${SECRET.address}${'y'.repeat(400)}` },
      { ...input, title: SECRET.email, body: SECRET.address },
      { ...input, website: SECRET.email },
      { ...input, formToken: SECRET.email },
      { ...input, unit: SECRET.email },
      { ...input, unit: SECRET.storedPhone },
    ];
    for (const [index, body] of invalid.entries()) {
      const response = await t.post(body, { client: `198.51.100.${100 + index}` });
      assert.ok(response.status >= 400 && response.status < 500, `invalid ${index}: ${response.status}`);
      assertClean(`error ${index}`, await response.text());
    }
    const created = await t.post(input, { client: '198.51.100.99', key: 'privacy-key-0001' });
    assert.equal(created.status, 201);
    const receiptText = await created.text();
    assertClean('receipt', receiptText);
    code = (JSON.parse(receiptText) as QuestionReceipt).trackingCode;
    const replay = await t.post(input, { client: '198.51.100.99', key: 'privacy-key-0001' });
    assertClean('replayed receipt', await replay.text());
    const row = await t.database.db
      .selectFrom('questions')
      .select('id')
      .where('tracking_code', '=', code)
      .executeTakeFirstOrThrow();
    id = row.id;

    const editor = (path: string, body: unknown) =>
      t.adminCall('PUT', `/questions/${id}${path}`, t.editor, body);
    assert.equal(
      (
        await editor('/answer', {
          html: '<p>Gia đình lập văn bản thỏa thuận phân chia di sản tại tổ chức hành nghề công chứng.</p>',
          answeredBy: 'Phạm Ngọc Diễm',
          answererTitle: 'Trợ giúp viên pháp lý',
        })
      ).status,
      200,
    );
    assert.equal((await editor('/published', { published: true })).status, 200);
    assert.equal((await editor('/featured', { featured: true })).status, 200);

    for (const [label, text] of await publicTexts(t, id, code)) assertClean(label, text);
    const page = await json<QuestionPage>(await t.app.request('/api/v1/questions?pageSize=100'));
    assert.ok(
      page.items.some((q) => q.id === id),
      'the question itself is public',
    );
    // The exchange carries it too (so the scans above read it), without the asker.
    const exported = await (await t.app.request('/api/v1/questions/export.ndjson')).text();
    assert.ok(exported.includes(`{"id":${id},`), 'the export carries the question');
    assert.match(await (await t.app.request('/api/v1/questions/feed.xml')).text(), /Thừa kế nhà đất/);

    // A failure deep in a write is logged; the log names no personal data either.
    await sql`drop table question_consents`.execute(t.database.db);
    const form2 = await t.form('198.51.100.120');
    t.wait(10);
    const broken = await t.post({ ...input, formToken: form2.formToken }, { client: '198.51.100.120' });
    assert.equal(broken.status, 500);
    assertClean('500 answer', await broken.text());
  });
  assert.match(logged, /question_consents/, 'the failure was logged (the capture works)');
  assertClean('server log', logged);
});

test('with consent the name is public (the scan would see it), contact details still are not', async () => {
  const t = await questionsApp();
  const form = await t.form();
  t.wait(10);
  const created = await t.post(
    questionInput(form, {
      name: SECRET.name,
      email: SECRET.email,
      phone: SECRET.phone,
      address: SECRET.address,
      consents: { version: form.consentVersion, processAndAnswer: true, publishName: true },
    }),
  );
  const { trackingCode } = await json<QuestionReceipt>(created);
  const { id } = await t.database.db
    .selectFrom('questions')
    .select('id')
    .where('tracking_code', '=', trackingCode)
    .executeTakeFirstOrThrow();
  await t.adminCall('PUT', `/questions/${id}/answer`, t.editor, {
    html: '<p>Trả lời.</p>',
    answeredBy: 'Phạm Ngọc Diễm',
    answererTitle: 'Trợ giúp viên pháp lý',
  });
  await t.adminCall('PUT', `/questions/${id}/published`, t.editor, { published: true });
  const detail = await (await t.app.request(`/api/v1/questions/${id}`)).text();
  assert.ok(detail.includes(SECRET.name), 'the consented name is shown');
  for (const needle of [SECRET.email, SECRET.storedPhone, SECRET.address])
    assert.ok(!detail.includes(needle));
  const admin = await (await t.adminCall('GET', `/questions/${id}`, t.editor)).text();
  for (const needle of [SECRET.email, SECRET.storedPhone, SECRET.address])
    assert.ok(admin.includes(needle), 'editors see them');
});
