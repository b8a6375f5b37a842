import assert from 'node:assert/strict';
import { test } from 'node:test';
import type {
  AdminQuestion,
  AdminQuestionPage,
  AuditTrail,
  ConsentExport,
  Question,
  QuestionPage,
  QuestionTracking,
} from '@pbgdpl/contract';
import { json } from './helpers.ts';
import { ask, questionsApp } from './questions-support.ts';

const answer = {
  html: '<p>Theo <strong>Luật Đất đai</strong> năm 2024…</p><script>alert(1)</script><p onclick="x()">Trân trọng.</p>',
  answeredBy: 'Trần Minh Khoa',
  answererTitle: 'Trưởng phòng Phổ biến, giáo dục pháp luật',
};

test('the queue needs a token; it counts per status and lists pending questions oldest first', async () => {
  const t = await questionsApp();
  assert.equal((await t.adminCall('GET', '/questions', null)).status, 401);
  const all = await json<AdminQuestionPage>(await t.adminCall('GET', '/questions?pageSize=100', t.editor));
  const rows = await t.database.db.selectFrom('questions').select('status').execute();
  for (const status of ['pending', 'answered', 'rejected'] as const) {
    assert.equal(all.counts[status], rows.filter((r) => r.status === status).length, status);
  }
  assert.equal(all.total, rows.length);
  const pending = await json<AdminQuestionPage>(
    await t.adminCall('GET', '/questions?status=pending', t.editor),
  );
  assert.equal(pending.total, all.counts.pending);
  assert.deepEqual(pending.counts, all.counts, 'counts ignore the status filter');
  const received = pending.items.map((q) => q.receivedAt);
  assert.deepEqual(received, [...received].sort(), 'first come, first answered');
  const byCode = await json<AdminQuestionPage>(
    await t.adminCall('GET', `/questions?q=${pending.items[0]?.trackingCode.toLowerCase()}`, t.editor),
  );
  assert.deepEqual(
    byCode.items.map((q) => q.id),
    [pending.items[0]?.id],
    'editors find a question by its code',
  );
});

test('an editor answers (sanitized), publishes, features; the public list and the code follow', async () => {
  const t = await questionsApp();
  const { id, trackingCode } = await ask(t, true);
  const detail = await json<AdminQuestion>(await t.adminCall('GET', `/questions/${id}`, t.editor));
  assert.equal(detail.sender.email, 'kiemthu@example.com', 'editors see contact details');
  assert.equal(detail.status, 'pending');

  const early = await t.adminCall('PUT', `/questions/${id}/published`, t.editor, { published: true });
  assert.equal(early.status, 409, 'only answered questions can be published');

  const [documentId] = (await t.database.db.selectFrom('documents').select('id').limit(1).execute()).map(
    (d) => d.id,
  );
  t.wait(3600);
  const answered = await t.adminCall('PUT', `/questions/${id}/answer`, t.editor, {
    ...answer,
    relatedDocumentIds: [documentId, documentId],
  });
  assert.equal(answered.status, 200);
  const saved = await json<AdminQuestion>(answered);
  assert.equal(saved.status, 'answered');
  assert.ok(!/script|onclick|alert/.test(saved.answer?.html ?? ''), saved.answer?.html);
  assert.match(saved.answer?.html ?? '', /<strong>Luật Đất đai<\/strong>/);
  assert.deepEqual(
    saved.relatedDocuments.map((d) => d.id),
    [documentId],
    'duplicates collapse',
  );
  assert.equal((await t.app.request(`/api/v1/questions/${id}`)).status, 404, 'answered is not yet published');

  const published = await json<AdminQuestion>(
    await t.adminCall('PUT', `/questions/${id}/published`, t.editor, { published: true }),
  );
  assert.equal(published.published, true);
  assert.ok(published.publishedAt);
  const publicView = await json<Question>(await t.app.request(`/api/v1/questions/${id}`));
  assert.equal(publicView.senderName, 'Nguyễn Thị Kiểm Thử');
  assert.equal(publicView.answer.answeredBy, 'Trần Minh Khoa');
  const status = await json<QuestionTracking>(
    await t.app.request(`/api/v1/questions/status/${trackingCode}`),
  );
  assert.deepEqual([status.status, status.questionId], ['answered', id]);
  assert.equal(status.answer?.html, saved.answer?.html);
  const search = await json<QuestionPage>(await t.app.request('/api/v1/questions?q=kiem%20thu%20tach'));
  assert.equal(search.total, 0, 'the sender name is not searchable');
  const found = await json<QuestionPage>(await t.app.request('/api/v1/questions?q=trân%20trọng'));
  assert.ok(
    found.items.some((q) => q.id === id),
    'the answer is searchable',
  );

  const featured = await json<AdminQuestion>(
    await t.adminCall('PUT', `/questions/${id}/featured`, t.editor, { featured: true }),
  );
  assert.equal(featured.featured, true);
  const list = await json<QuestionPage>(await t.app.request('/api/v1/questions?featured=true&pageSize=100'));
  assert.ok(list.items.some((q) => q.id === id));

  await t.adminCall('PUT', `/questions/${id}/published`, t.editor, { published: false });
  assert.equal((await t.app.request(`/api/v1/questions/${id}`)).status, 404, 'unpublished again');
});

test('answers: unknown related documents are 422 per field; HTML with no text left is 422', async () => {
  const t = await questionsApp();
  const { id } = await ask(t);
  const unknown = await t.adminCall('PUT', `/questions/${id}/answer`, t.editor, {
    ...answer,
    relatedDocumentIds: [1, 999998, 999999],
  });
  assert.equal(unknown.status, 422);
  const problem = await json<{ errors: Record<string, string[]> }>(unknown);
  assert.deepEqual(Object.keys(problem.errors).sort(), ['relatedDocumentIds.1', 'relatedDocumentIds.2']);
  const empty = await t.adminCall('PUT', `/questions/${id}/answer`, t.editor, {
    ...answer,
    html: '<script>alert(1)</script>',
  });
  assert.equal(empty.status, 422);
  assert.ok('html' in (await json<{ errors: object }>(empty)).errors);
  const invalid = await t.adminCall('PUT', `/questions/${id}/answer`, t.editor, { html: '' });
  assert.equal(invalid.status, 400);
  const row = await t.database.db
    .selectFrom('questions')
    .select('status')
    .where('id', '=', id)
    .executeTakeFirstOrThrow();
  assert.equal(row.status, 'pending', 'nothing was saved');
  assert.equal((await t.adminCall('PUT', '/questions/999999/answer', t.editor, answer)).status, 404);
});

test('edit and reject; every change is in the audit trail with the token name', async () => {
  const t = await questionsApp();
  const { id, trackingCode } = await ask(t);
  const edited = await t.adminCall('PATCH', `/questions/${id}`, t.editor, {
    title: 'Thủ tục tách thửa đất ở (đã sửa)',
    field: 'xay-dung',
    unit: 'phuong-tan-ninh',
  });
  assert.equal(edited.status, 200);
  const question = await json<AdminQuestion>(edited);
  assert.deepEqual(
    [question.title, question.field, question.unit?.id],
    ['Thủ tục tách thửa đất ở (đã sửa)', 'xay-dung', 'phuong-tan-ninh'],
  );
  const badUnit = await t.adminCall('PATCH', `/questions/${id}`, t.editor, { unit: 'khong-co' });
  assert.equal(badUnit.status, 400);
  assert.ok('unit' in (await json<{ errors: object }>(badUnit)).errors);
  const cleared = await json<AdminQuestion>(
    await t.adminCall('PATCH', `/questions/${id}`, t.editor, { unit: null }),
  );
  assert.equal(cleared.unit, null);

  const shortReason = await t.adminCall('PUT', `/questions/${id}/rejection`, t.editor, { reason: 'x' });
  assert.equal(shortReason.status, 400);
  const rejected = await json<AdminQuestion>(
    await t.adminCall('PUT', `/questions/${id}/rejection`, t.editor, {
      reason: 'Câu hỏi trùng với câu hỏi đã trả lời trước đó.',
    }),
  );
  assert.deepEqual([rejected.status, rejected.published], ['rejected', false]);
  const status = await json<QuestionTracking>(
    await t.app.request(`/api/v1/questions/status/${trackingCode}`),
  );
  assert.equal(status.rejectReason, 'Câu hỏi trùng với câu hỏi đã trả lời trước đó.');

  const trail = await json<AuditTrail>(await t.adminCall('GET', `/questions/${id}/audit`, t.editor));
  assert.deepEqual(
    trail.items.map((e) => [e.actor, e.action]),
    [
      ['citizen', 'received'],
      ['Biên tập viên Hà', 'edited'],
      ['Biên tập viên Hà', 'edited'],
      ['Biên tập viên Hà', 'rejected'],
    ],
  );
  assert.equal(trail.items[1]?.detail, 'field, title, unitId', 'names of fields, never values');
  assert.ok(trail.items.every((e, i) => i === 0 || e.at >= (trail.items[i - 1]?.at ?? '')));
});

test('consent export and delete are for admins; delete removes the personal data and keeps the trail', async () => {
  const t = await questionsApp();
  const { id } = await ask(t, true);
  assert.equal((await t.adminCall('GET', `/questions/${id}/consents`, t.editor)).status, 403);
  assert.equal((await t.adminCall('DELETE', `/questions/${id}`, t.editor)).status, 403);
  const exported = await json<ConsentExport>(await t.adminCall('GET', `/questions/${id}/consents`, t.admin));
  assert.equal(exported.questionId, id);
  assert.deepEqual(
    exported.consents.map((c) => [c.purpose, c.granted, c.textVersion, c.language]),
    [
      ['process-and-answer', true, exported.consents[0]?.textVersion, 'vi'],
      ['publish-name', true, exported.consents[0]?.textVersion, 'vi'],
    ],
  );
  const form = await t.form();
  assert.deepEqual(
    exported.consents.map((c) => c.text),
    form.consents.map((c) => c.text),
    'the exact texts shown',
  );

  assert.equal((await t.adminCall('DELETE', `/questions/${id}`, t.admin)).status, 204);
  assert.equal((await t.adminCall('GET', `/questions/${id}`, t.admin)).status, 404);
  assert.equal((await t.adminCall('DELETE', `/questions/${id}`, t.admin)).status, 404);
  const left = await t.database.db
    .selectFrom('question_consents')
    .select('question_id')
    .where('question_id', '=', id)
    .execute();
  assert.equal(left.length, 0, 'consents go with the question');
  const trail = await t.database.db
    .selectFrom('question_audit')
    .select(['action', 'actor'])
    .where('question_id', '=', id)
    .orderBy('id')
    .execute();
  assert.deepEqual(
    trail.map((e) => e.action),
    ['received', 'consents-exported', 'deleted'],
  );
  assert.equal(trail.at(-1)?.actor, 'Quản trị viên Sơn');
});
