import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Question, QuestionPage, QuestionTracking } from '@pbgdpl/contract';
import { demoQuestions } from './demo-content.ts';
import { json, makeApp } from './helpers.ts';

const get = async <T>(app: Awaited<ReturnType<typeof makeApp>>['app'], path: string) => {
  const response = await app.request(`/api/v1${path}`);
  assert.equal(response.status, 200, path);
  return json<T>(response);
};

test('the public list holds answered, published questions only, newest answer first', async () => {
  const { app, database } = await makeApp();
  const page = await get<QuestionPage>(app, '/questions?pageSize=100');
  const published = await database.db
    .selectFrom('questions')
    .select('id')
    .where('published', '=', 1)
    .where('status', '=', 'answered')
    .execute();
  const all = await database.db.selectFrom('questions').select(['id', 'status']).execute();
  assert.ok(all.length >= 30, 'the seed has at least 30 questions');
  assert.ok(all.some((q) => q.status === 'pending') && all.some((q) => q.status === 'rejected'));
  assert.equal(page.total, published.length);
  assert.ok(page.total < all.length, 'pending, rejected and unpublished ones stay out');
  assert.deepEqual(
    page.items.map((q) => q.id).sort((a, b) => a - b),
    published.map((q) => q.id).sort((a, b) => a - b),
  );
  const answered = page.items.map((q) => q.answeredOn);
  assert.deepEqual(answered, [...answered].sort().reverse(), 'newest answer first');
  assert.ok(
    page.items.every((q) => q.highlight === undefined),
    'no highlight without q',
  );
});

test('filters by field, unit and featured; featured first when asked; pages', async () => {
  const { app } = await makeApp();
  const land = await get<QuestionPage>(app, '/questions?field=dat-dai&pageSize=100');
  assert.ok(land.total >= 3);
  assert.ok(land.items.every((q) => q.field === 'dat-dai'));
  const unit = await get<QuestionPage>(app, '/questions?unit=phuong-trang-bang&pageSize=100');
  assert.ok(unit.total >= 2);
  assert.ok(
    unit.items.every((q) => q.unit?.id === 'phuong-trang-bang' && q.unit.name === 'Phường Trảng Bàng'),
  );
  const featured = await get<QuestionPage>(app, '/questions?featured=true&pageSize=100');
  assert.ok(featured.total >= 3 && featured.items.every((q) => q.featured));
  const byFeatured = await get<QuestionPage>(app, '/questions?sort=featured&pageSize=100');
  const firstPlain = byFeatured.items.findIndex((q) => !q.featured);
  assert.equal(firstPlain, featured.total, 'every featured question comes before the others');
  const second = await get<QuestionPage>(app, '/questions?page=2&pageSize=5');
  const first = await get<QuestionPage>(app, '/questions?page=1&pageSize=5');
  assert.equal(second.items.length, 5);
  assert.ok(second.items.every((q) => !first.items.some((f) => f.id === q.id)));
  const bad = await app.request('/api/v1/questions?field=khong-co&sort=random');
  assert.equal(bad.status, 400);
  assert.deepEqual(Object.keys((await json<{ errors: object }>(bad)).errors).sort(), ['field', 'sort']);
});

test('search folds Vietnamese (no marks, đ = d), ranks title matches first and highlights safely', async () => {
  const { app, database } = await makeApp();
  const folded = await get<QuestionPage>(app, '/questions?q=tach%20thua');
  const marked = await get<QuestionPage>(app, `/questions?q=${encodeURIComponent('tách thửa')}`);
  assert.ok(folded.total >= 1);
  assert.deepEqual(
    folded.items.map((q) => q.id),
    marked.items.map((q) => q.id),
  );
  assert.match(folded.items[0]?.title ?? '', /tách thửa/i, 'a title match ranks first');
  assert.match(folded.items[0]?.highlight?.title ?? '', /<mark>tách<\/mark> <mark>thửa<\/mark>/);
  const dang = await get<QuestionPage>(app, `/questions?q=${encodeURIComponent('dang ky ket hon')}`);
  assert.ok(
    dang.items.some((q) => /Đăng ký kết hôn/.test(q.title)),
    'd finds đ',
  );
  const none = await get<QuestionPage>(app, '/questions?q=xyzkhongco');
  assert.equal(none.total, 0);
  // Whole words: "an" (quoted: not a prefix) must not match inside "toan" or "tan".
  const word = await get<QuestionPage>(app, '/questions?q=%22an%22&pageSize=100');
  assert.ok(word.total > 0);
  const texts = await database.db
    .selectFrom('questions')
    .select(['id', 'search_text'])
    .where(
      'id',
      'in',
      word.items.map((q) => q.id),
    )
    .execute();
  assert.ok(texts.every((t) => /(?:^|[^\p{L}\p{N}])an(?:$|[^\p{L}\p{N}])/u.test(t.search_text)));
});

test('highlights escape the text: markup typed into a question never becomes markup', async () => {
  const { app, database } = await makeApp();
  await database.db
    .updateTable('questions')
    .set({ title: 'Hỏi về <img src=x onerror=alert(1)> tách thửa' })
    .where('id', '=', 1)
    .execute();
  const page = await get<QuestionPage>(app, '/questions?q=tach');
  const hit = page.items.find((q) => q.id === 1);
  assert.ok(hit?.highlight);
  assert.ok(!hit.highlight.title.includes('<img'));
  assert.match(hit.highlight.title, /&lt;img src=x onerror=alert\(1\)&gt; <mark>tách<\/mark>/);
});

test('detail: answer, answerer, related documents; the name only with consent', async () => {
  const { app, database } = await makeApp();
  const withName = await get<Question>(app, '/questions/1');
  assert.equal(withName.senderName, 'Nguyễn Văn Hùng');
  assert.equal(withName.answer.answeredBy, 'Lê Hoàng Phúc');
  assert.match(withName.answer.answererTitle, /Sở Tư pháp/);
  assert.match(withName.answer.html, /^<p>/);
  assert.equal(withName.relatedDocuments[0]?.number, '36/2024/QĐ-UBND');
  const anonymous = await database.db
    .selectFrom('questions')
    .select('id')
    .where('publish_name', '=', 0)
    .where('published', '=', 1)
    .executeTakeFirstOrThrow();
  assert.equal((await get<Question>(app, `/questions/${anonymous.id}`)).senderName, null);
  const hidden = await database.db.selectFrom('questions').select('id').where('published', '=', 0).execute();
  for (const { id } of hidden) {
    const response = await app.request(`/api/v1/questions/${id}`);
    assert.equal(response.status, 404, `unpublished question ${id}`);
    assert.equal(response.headers.get('Content-Type'), 'application/problem+json; charset=utf-8');
  }
  assert.equal((await app.request('/api/v1/questions/999999')).status, 404);
  assert.equal((await app.request('/api/v1/questions/abc')).status, 400);
});

test('status by tracking code: pending, rejected with reason, answered with the answer once published', async () => {
  const { app, database } = await makeApp();
  const byCode = async (code: string) => {
    const response = await app.request(`/api/v1/questions/status/${code}`);
    assert.equal(response.status, 200, code);
    assert.equal(response.headers.get('Cache-Control'), 'no-store', 'never kept in a shared cache');
    return json<QuestionTracking>(response);
  };
  const rows = await database.db
    .selectFrom('questions')
    .select(['tracking_code', 'status', 'published', 'id'])
    .execute();
  const find = (test: (r: (typeof rows)[number]) => boolean) => {
    const row = rows.find(test);
    assert.ok(row);
    return row;
  };
  const published = await byCode(demoQuestions()[0]!.trackingCode);
  assert.equal(published.status, 'answered');
  assert.equal(published.questionId, 1);
  assert.ok(published.answer?.html);
  const unpublished = await byCode(find((r) => r.status === 'answered' && r.published === 0).tracking_code);
  assert.deepEqual(
    [unpublished.status, unpublished.answer, unpublished.questionId],
    ['answered', null, null],
  );
  const pending = await byCode(find((r) => r.status === 'pending').tracking_code);
  assert.deepEqual([pending.status, pending.answer, pending.rejectReason], ['pending', null, null]);
  const rejected = await byCode(find((r) => r.status === 'rejected').tracking_code);
  assert.equal(rejected.status, 'rejected');
  assert.match(rejected.rejectReason ?? '', /quảng cáo/);
  assert.equal((await app.request('/api/v1/questions/status/HD-23456789')).status, 404);
  const malformed = await app.request('/api/v1/questions/status/HD-0000');
  assert.equal(malformed.status, 400);
});

test('the form: consent texts in the asked language with a version; never cached', async () => {
  const { app } = await makeApp();
  const vi = await app.request('/api/v1/questions/form');
  assert.equal(vi.headers.get('Cache-Control'), 'no-store');
  assert.equal(vi.headers.get('ETag'), null);
  const form = await json<{
    consentVersion: string;
    consents: { purpose: string; required: boolean; text: string }[];
  }>(vi);
  assert.match(form.consentVersion, /-vi$/);
  assert.deepEqual(
    form.consents.map((c) => [c.purpose, c.required]),
    [
      ['process-and-answer', true],
      ['publish-name', false],
    ],
  );
  assert.match(form.consents[0]?.text ?? '', /Tôi đồng ý/);
  const en = await json<typeof form>(
    await app.request('/api/v1/questions/form', { headers: { 'Accept-Language': 'en-US,en;q=0.9' } }),
  );
  assert.match(en.consentVersion, /-en$/);
  assert.match(en.consents[0]?.text ?? '', /^I agree/);
});

test('the seed: every document an answer cites is found by its number, and the mix the demo needs', async () => {
  const { database } = await makeApp();
  const links = await database.db
    .selectFrom('question_documents')
    .select(['question_id', (eb) => eb.fn.countAll<number>().as('n')])
    .groupBy('question_id')
    .execute();
  const linked = new Map(links.map((l) => [l.question_id, Number(l.n)]));
  demoQuestions().forEach((question, index) => {
    // Demo questions get ids in order, from 1.
    assert.equal(linked.get(index + 1) ?? 0, question.answer?.relatedDocuments.length ?? 0, question.title);
  });
  const rows = await database.db
    .selectFrom('questions')
    .select(['status', 'published', 'featured', 'publish_name', 'field', 'unit_id'])
    .execute();
  assert.ok(rows.length >= 30);
  assert.ok(rows.filter((r) => r.status === 'pending').length >= 3);
  assert.equal(rows.filter((r) => r.status === 'rejected').length, 1);
  assert.ok(rows.filter((r) => r.featured === 1).length >= 5);
  assert.ok(rows.filter((r) => r.publish_name === 1 && r.published === 1).length >= 5);
  assert.ok(new Set(rows.map((r) => r.field)).size >= 10);
  assert.ok(new Set(rows.map((r) => r.unit_id)).size >= 8);
});

test('search finds every matching question, not some (checked against the stored folded text)', async () => {
  const { app, database } = await makeApp();
  for (const q of ['dat', 'dat dai', 'bao hiem xa hoi', 'hon']) {
    const page = await get<QuestionPage>(app, `/questions?q=${encodeURIComponent(q)}&pageSize=100`);
    const rows = await database.db
      .selectFrom('questions')
      .select('search_text')
      .where('published', '=', 1)
      .where('status', '=', 'answered')
      .execute();
    const words = q.split(' ');
    const expected = rows.filter((row) =>
      words.every((word, i) =>
        new RegExp(
          `(?<![\\p{L}\\p{N}])${word}${i === words.length - 1 ? '' : '(?![\\p{L}\\p{N}])'}`,
          'u',
        ).test(row.search_text),
      ),
    ).length;
    assert.ok(expected > 0, q);
    assert.equal(page.total, expected, q);
  }
});
