import assert from 'node:assert/strict';
import { test } from 'node:test';
import type {
  AdminDialogue,
  AdminDialogueQuestion,
  AdminDialogueQuestionPage,
  AdminFeedback,
  AdminFeedbackPage,
  Dialogue,
  DialogueInput,
  DialoguePage,
  DialogueQuestionInput,
  DialogueQuestionPage,
  FeedbackInput,
  FeedbackTracking,
  Problem,
  PublicFeedbackPage,
  QuestionForm,
  SupportReceipt,
} from '@pbgdpl/contract';
import { tokensRepository } from '../src/repositories/tokens.ts';
import { json } from './helpers.ts';
import { solve } from './questions-support.ts';
import { CLIENT, dialogueInput, dialoguesApp, type DialoguesApp, OTHER_UNIT } from './dialogues-support.ts';

const askInput = (form: QuestionForm, input: Partial<DialogueQuestionInput> = {}): DialogueQuestionInput => ({
  name: 'Trần Thị Kiểm Thử',
  phone: '0912 345 678',
  organisation: 'Hợp tác xã Kiểm Thử',
  body: 'Xin hỏi hòa giải viên được hỗ trợ bao nhiêu cho mỗi vụ việc hòa giải thành?',
  consents: { version: form.consentVersion, processAndAnswer: true, publishName: false },
  formToken: form.formToken,
  ...input,
});

/** Asks `dialogueId` through the public form; answers the new question's id. */
async function ask(
  t: DialoguesApp,
  dialogueId: number,
  input: Partial<DialogueQuestionInput> = {},
  client = CLIENT,
) {
  const form = await t.form(`/dialogues/${dialogueId}/form`, client);
  t.wait(5);
  const response = await t.pub(
    'POST',
    `/dialogues/${dialogueId}/questions`,
    askInput(form, input),
    {},
    client,
  );
  assert.equal(response.status, 201, await response.clone().text());
  return (await json<{ id: number }>(response)).id;
}

const moderate = (t: DialoguesApp, token: string, id: number, body: Record<string, unknown>) =>
  t.call(token, 'POST', `/admin/dialogue-questions/${id}/moderation`, body);

test('the seeded demo: sessions in every state, coming ones first, filters with Vietnamese search', async () => {
  const t = await dialoguesApp();
  const page = await json<DialoguePage>(await t.pub('GET', '/dialogues'));
  assert.equal(page.total, 7);
  assert.deepEqual([...new Set(page.items.map((d) => d.state))].sort(), [
    'archived',
    'collecting',
    'concluded',
    'live',
    'upcoming',
  ]);
  const held = page.items.findIndex((d) => d.state === 'concluded' || d.state === 'archived');
  assert.ok(page.items.slice(held).every((d) => d.state === 'concluded' || d.state === 'archived'));
  assert.ok(page.items.every((d) => d.timeZone === 'Asia/Ho_Chi_Minh'));
  assert.equal(page.items.find((d) => d.state === 'live')?.acceptsQuestions, true);

  const search = await json<DialoguePage>(await t.pub('GET', '/dialogues?q=hoa%20giai%20o%20co%20so'));
  assert.deepEqual(
    search.items.map((d) => d.unit.id),
    ['xa-hoa-thanh'],
  );
  const byUnit = await json<DialoguePage>(await t.pub('GET', '/dialogues?unit=so-noi-vu'));
  assert.equal(byUnit.items[0]?.state, 'collecting');
  assert.equal((await json<DialoguePage>(await t.pub('GET', '/dialogues?field=bao-hiem'))).total, 1);
  assert.equal((await json<DialoguePage>(await t.pub('GET', '/dialogues?state=upcoming'))).total, 2);
  assert.equal((await json<DialoguePage>(await t.pub('GET', '/dialogues?year=2001'))).total, 0);
  const unknown = await t.pub('GET', '/dialogues?unit=khong-co');
  assert.equal(unknown.status, 400);

  const land = page.items.find((d) => d.unit.id === 'tay-ninh');
  assert.ok(land);
  const detail = await json<Dialogue>(await t.pub('GET', `/dialogues/${land.id}`));
  assert.match(detail.conclusion ?? '', /Sở Nông nghiệp và Môi trường/);
  assert.equal(detail.documents.length, 2);
  const questions = await json<DialogueQuestionPage>(await t.pub('GET', `/dialogues/${land.id}/questions`));
  // Accepted and answered in session, most supported first; the merged duplicate counted on its question.
  assert.deepEqual(
    questions.items.map((q) => [q.supports, q.merged, q.status]),
    [
      [23, 1, 'accepted'],
      [11, 0, 'answered-in-session'],
    ],
  );
  assert.equal(questions.items[0]?.askerName, 'Nguyễn Văn Phúc');
  assert.equal(questions.items[1]?.askerName, null);
  assert.equal(questions.items[1]?.organisation, null);
  const calendar = await t.pub('GET', `/dialogues/${land.id}.ics`);
  assert.equal(calendar.status, 200);
  assert.equal(calendar.headers.get('Content-Type'), 'text/calendar; charset=utf-8');
  const ics = await calendar.text();
  assert.match(ics, new RegExp(`DTSTART:${land.startsAt.replace(/[-:]/g, '').replace(/\.\d{3}/, '')}`));
  assert.match(ics, /SUMMARY:Đối thoại với doanh nghiệp về bảng giá đất/);
  assert.match(ics, /LOCATION:Hội trường Ủy ban nhân dân tỉnh\\, số 02/);
  assert.equal((await t.pub('GET', '/dialogues/999999.ics')).status, 404);
  const live = page.items.find((d) => d.state === 'live');
  assert.equal((await json<Dialogue>(await t.pub('GET', `/dialogues/${live?.id}`))).conclusion, null);
});

test('sessions: a unit drafts its own, editors publish; the session moves forward only', async () => {
  const t = await dialoguesApp();
  const drafted = await t.call(t.officer, 'POST', '/admin/dialogues', dialogueInput());
  assert.equal(drafted.status, 201, await drafted.clone().text());
  const draft = await json<AdminDialogue>(drafted);
  assert.equal(draft.reviewState, 'draft');
  assert.equal(draft.state, 'upcoming');
  assert.equal(draft.conclusionDraft, '<p>Kết luận <strong>buổi đối thoại</strong>.</p>');
  assert.equal(draft.conclusion, null); // shown once concluded
  assert.equal((await t.pub('GET', `/dialogues/${draft.id}`)).status, 404);
  assert.equal(
    (await t.call(t.officer, 'POST', '/admin/dialogues', dialogueInput({ unitId: OTHER_UNIT }))).status,
    403,
  );
  assert.equal((await t.call(t.stranger, 'GET', `/admin/dialogues/${draft.id}`)).status, 404);
  assert.equal((await json<{ total: number }>(await t.call(t.stranger, 'GET', '/admin/dialogues'))).total, 0);

  const submitted = await t.call(t.officer, 'POST', `/admin/dialogues/${draft.id}/state`, {
    action: 'submit',
  });
  assert.equal(submitted.status, 200);
  assert.equal(
    (await t.call(t.officer, 'POST', `/admin/dialogues/${draft.id}/state`, { action: 'publish' })).status,
    403,
  );
  const published = await t.call(t.editor, 'POST', `/admin/dialogues/${draft.id}/state`, {
    action: 'publish',
  });
  assert.equal((await json<AdminDialogue>(published)).reviewState, 'published');
  assert.equal((await t.pub('GET', `/dialogues/${draft.id}`)).status, 200);

  const move = (token: string, state: string, headers: Record<string, string> = {}) =>
    t.call(token, 'PUT', `/admin/dialogues/${draft.id}/session-state`, { state }, headers);
  const skipped = await move(t.officer, 'concluded');
  assert.equal(skipped.status, 409);
  assert.match((await json<Problem>(skipped)).detail ?? '', /sắp diễn ra/);
  assert.equal((await move(t.stranger, 'collecting')).status, 404);
  const stale = await move(t.officer, 'collecting', { 'If-Match': '"1"' });
  assert.equal(stale.status, 412);
  const collecting = await move(t.officer, 'collecting');
  assert.equal(collecting.status, 200);
  assert.equal((await move(t.officer, 'upcoming')).status, 409);
  assert.equal((await move(t.officer, 'live')).status, 200);
  const concluded = await json<AdminDialogue>(await move(t.officer, 'concluded'));
  assert.equal(concluded.state, 'concluded');
  const shown = await json<Dialogue>(await t.pub('GET', `/dialogues/${draft.id}`));
  assert.equal(shown.conclusion, '<p>Kết luận <strong>buổi đối thoại</strong>.</p>');
  const history = await json<{ items: unknown[] }>(
    await t.call(t.officer, 'GET', `/admin/dialogues/${draft.id}/history`),
  );
  assert.equal(history.items.length, 3);
});

test('a session names what exists: each bad field said in Vietnamese or English', async () => {
  const t = await dialoguesApp();
  const bad: Array<[Partial<DialogueInput>, string]> = [
    [{ title: 'Ngắn' }, 'title'],
    [{ endsAt: '2026-12-20T07:00:00+07:00' }, 'endsAt'],
    [{ format: 'online', place: null }, 'onlineUrl'],
    [{ place: null }, 'place'],
    [{ officials: [] }, 'officials'],
    [{ fields: ['khong-co' as never] }, 'fields.0'],
    [{ onlineUrl: 'javascript:alert(1)' }, 'onlineUrl'],
    [{ unitId: 'khong-co' }, 'unitId'],
    [{ documentIds: [999999] }, 'documentIds'],
    [{ recordingVideoId: 999999 }, 'recordingVideoId'],
    [{ attachments: [{ name: 'Kết luận', url: '/media/khong-co.pdf' }] }, 'attachments.0.url'],
  ];
  for (const [input, field] of bad)
    for (const lang of ['vi', 'en']) {
      const response = await t.call(t.editor, 'POST', '/admin/dialogues', dialogueInput(input), {
        'Accept-Language': lang,
      });
      assert.equal(response.status, 400, `${field}: ${response.status}`);
      const problem = await json<Problem>(response);
      assert.ok(problem.errors?.[field], `${field} in ${JSON.stringify(problem.errors)}`);
      assert.match(problem.detail ?? '', lang === 'en' ? /invalid/ : /không hợp lệ/);
    }
  assert.equal(
    (await json<{ total: number }>(await t.call(t.editor, 'GET', '/admin/dialogues?unit=xa-hoa-thanh')))
      .total,
    1,
  );
});

test('asking: only while collecting or live, with the consents, form token and limits of the Q&A box', async () => {
  const t = await dialoguesApp({ PBGDPL_QUESTIONS_PER_HOUR: '3', PBGDPL_QUESTION_CHALLENGE_AFTER: '1' });
  const upcoming = await t.session('upcoming');
  const closed = await t.pub('GET', `/dialogues/${upcoming.id}/form`);
  assert.equal(closed.status, 409);
  assert.match((await json<Problem>(closed)).detail ?? '', /chưa bắt đầu nhận câu hỏi/);
  const session = await t.session('collecting');

  const form = await t.form(`/dialogues/${session.id}/form`);
  assert.deepEqual(
    form.consents.map((c) => [c.purpose, c.required]),
    [
      ['process-and-answer', true],
      ['publish-name', false],
    ],
  );
  assert.match(form.consents[0]?.text ?? '', /buổi đối thoại/);
  assert.equal(form.challenge, null);
  const tooFast = await t.pub('POST', `/dialogues/${session.id}/questions`, askInput(form));
  assert.equal(tooFast.status, 422);
  t.wait(5);
  const stale = await t.pub(
    'POST',
    `/dialogues/${session.id}/questions`,
    askInput(form, { consents: { version: '2020-01-vi', processAndAnswer: true, publishName: false } }),
  );
  assert.equal(stale.status, 422);
  const honeypot = await t.pub(
    'POST',
    `/dialogues/${session.id}/questions`,
    askInput(form, { website: 'x' }),
  );
  assert.equal(honeypot.status, 400);
  // A Q&A box form does not send a dialogue question: the forms' tokens are apart.
  const qaForm = await t.form('/questions/form');
  t.wait(5);
  const foreign = await t.pub(
    'POST',
    `/dialogues/${session.id}/questions`,
    askInput(form, { formToken: qaForm.formToken }),
  );
  assert.equal(foreign.status, 400);

  const sent = await t.pub('POST', `/dialogues/${session.id}/questions`, askInput(form), {
    'Idempotency-Key': 'dialogue-ask-0001',
  });
  assert.equal(sent.status, 201, await sent.clone().text());
  const receipt = await json<{ id: number; status: string }>(sent);
  assert.equal(receipt.status, 'pending');
  const replay = await t.pub('POST', `/dialogues/${session.id}/questions`, askInput(form), {
    'Idempotency-Key': 'dialogue-ask-0001',
  });
  assert.equal(replay.headers.get('Idempotent-Replayed'), 'true');
  assert.deepEqual(await json(replay), receipt);

  const consents = await t.database.db
    .selectFrom('submission_consents')
    .selectAll()
    .where('kind', '=', 'dialogue-question')
    .where('item_id', '=', receipt.id)
    .orderBy('purpose')
    .execute();
  assert.deepEqual(
    consents.map((c) => [c.purpose, c.granted, c.text_version]),
    [
      ['process-and-answer', 1, '2026-12-vi'],
      ['publish-name', 0, '2026-12-vi'],
    ],
  );
  // Nothing is public before moderation.
  assert.equal(
    (await json<DialogueQuestionPage>(await t.pub('GET', `/dialogues/${session.id}/questions`))).total,
    0,
  );

  // After one stored question the form asks for a proof of work; the limit counts stored ones only.
  const second = await t.form(`/dialogues/${session.id}/form`);
  assert.ok(second.challenge);
  t.wait(5);
  // A form sends one question.
  const reused = await t.pub(
    'POST',
    `/dialogues/${session.id}/questions`,
    askInput(form, { proofOfWork: await solve(second.challenge) }),
  );
  assert.equal(reused.status, 409);
  assert.ok((await json<Problem>(reused)).errors?.formToken);
  const unsolved = await t.pub('POST', `/dialogues/${session.id}/questions`, askInput(second));
  assert.equal(unsolved.status, 422);
  assert.ok((await json<Problem>(unsolved)).errors?.proofOfWork);
  const solved = await t.pub(
    'POST',
    `/dialogues/${session.id}/questions`,
    askInput(second, { proofOfWork: await solve(second.challenge) }),
  );
  assert.equal(solved.status, 201);
  const third = await t.form(`/dialogues/${session.id}/form`);
  t.wait(5);
  assert.equal(
    (
      await t.pub(
        'POST',
        `/dialogues/${session.id}/questions`,
        askInput(third, { proofOfWork: await solve(third.challenge!) }),
      )
    ).status,
    201,
  );
  const over = await t.pub('POST', `/dialogues/${session.id}/questions`, askInput(third));
  assert.equal(over.status, 429);
  assert.ok(Number(over.headers.get('Retry-After')) > 0);
  // Another client is not limited by this one.
  await ask(t, session.id, {}, '198.51.100.44');
});

test('each bad field of the ask form is named, in Vietnamese and in English, and nothing is stored', async () => {
  const t = await dialoguesApp();
  const session = await t.session('live');
  const bad: Array<[Partial<DialogueQuestionInput>, string, RegExp, RegExp]> = [
    [{ name: 'A' }, 'name', /ký tự/, /character/],
    [{ body: 'Ngắn quá' }, 'body', /ký tự/, /character/],
    [{ phone: '12345' }, 'phone', /điện thoại/, /phone|Vietnamese/],
    [{ phone: '', email: undefined }, 'contact', /email hoặc số điện thoại/, /e-?mail|phone/i],
    [{ email: 'khong-phai-email' }, 'email', /./, /./],
    [{ name: 'Nguyễn\u202EVăn' }, 'name', /./, /./],
    [
      { consents: { version: '2026-12-vi', processAndAnswer: false as true, publishName: false } },
      'consents.processAndAnswer',
      /./,
      /./,
    ],
  ];
  for (const [input, field, vi, en] of bad)
    for (const [lang, words] of [
      ['vi', vi],
      ['en', en],
    ] as const) {
      const form = await t.form(`/dialogues/${session.id}/form`);
      t.wait(5);
      const response = await t.pub('POST', `/dialogues/${session.id}/questions`, askInput(form, input), {
        'Accept-Language': lang,
      });
      assert.equal(response.status, 400, `${field}`);
      const messages = (await json<Problem>(response)).errors?.[field];
      assert.ok(messages, `${field}`);
      assert.match(messages.join(' '), words, `${lang} ${field}: ${messages.join(' ')}`);
    }
  const stored = await t.database.db
    .selectFrom('dialogue_questions')
    .select('id')
    .where('dialogue_id', '=', session.id)
    .execute();
  assert.equal(stored.length, 0);
});

test('moderation: accept, merge, reject with a reason, answered in session; answers published one by one, in scope', async () => {
  const t = await dialoguesApp();
  const session = await t.session('live');
  const a = await ask(t, session.id, {}, '198.51.100.2');
  const b = await ask(t, session.id, {}, '198.51.100.3');
  const c = await ask(t, session.id, {}, '198.51.100.4');
  const d = await ask(t, session.id, {}, '198.51.100.5');

  assert.equal(
    (await t.call(t.stranger, 'GET', `/admin/dialogue-questions?dialogue=${session.id}`)).status,
    404,
  );
  assert.equal((await t.call(t.stranger, 'GET', `/admin/dialogue-questions/${a}`)).status, 404);
  assert.equal((await moderate(t, t.stranger, a, { action: 'accept' })).status, 404);
  const queue = await json<AdminDialogueQuestionPage>(
    await t.call(t.officer, 'GET', `/admin/dialogue-questions?dialogue=${session.id}`),
  );
  assert.equal(queue.counts.pending, 4);
  assert.equal(queue.items[0]?.sender.phone, '0912345678');

  assert.equal((await moderate(t, t.officer, a, { action: 'accept' })).status, 200);
  const badMerge = await moderate(t, t.officer, b, { action: 'merge', mergeInto: c });
  assert.equal(badMerge.status, 422); // c is not accepted
  assert.ok((await json<Problem>(badMerge)).errors?.mergeInto);
  assert.equal((await moderate(t, t.officer, b, { action: 'merge' })).status, 400);
  const merged = await json<AdminDialogueQuestion>(
    await moderate(t, t.officer, b, { action: 'merge', mergeInto: a }),
  );
  assert.deepEqual([merged.status, merged.mergedInto], ['merged', a]);
  const noReason = await moderate(t, t.officer, c, { action: 'reject' });
  assert.equal(noReason.status, 400);
  assert.ok((await json<Problem>(noReason)).errors?.reason);
  const rejected = await json<AdminDialogueQuestion>(
    await moderate(t, t.officer, c, { action: 'reject', reason: 'Không thuộc nội dung buổi đối thoại.' }),
  );
  assert.equal(rejected.rejectReason, 'Không thuộc nội dung buổi đối thoại.');
  assert.equal((await moderate(t, t.officer, d, { action: 'answered-in-session' })).status, 200);

  const answer = {
    html: '<p>Mức hỗ trợ theo <em>Nghị quyết</em>.</p><img src=x onerror=alert(1)>',
    answeredBy: 'Lâm Thị Diệu',
    answererTitle: 'Công chức Tư pháp – Hộ tịch',
  };
  assert.equal((await t.call(t.officer, 'PUT', `/admin/dialogue-questions/${c}/answer`, answer)).status, 409);
  assert.equal(
    (await t.call(t.officer, 'PUT', `/admin/dialogue-questions/${d}/published`, { published: true })).status,
    403,
  );
  assert.equal(
    (await t.call(t.editor, 'PUT', `/admin/dialogue-questions/${d}/published`, { published: true })).status,
    409,
  );
  const answered = await json<AdminDialogueQuestion>(
    await t.call(t.officer, 'PUT', `/admin/dialogue-questions/${a}/answer`, answer),
  );
  assert.ok(answered.answer?.html.startsWith('<p>Mức hỗ trợ theo <em>Nghị quyết</em>.</p>'));
  assert.doesNotMatch(answered.answer?.html ?? '', /onerror/); // sanitized on save

  let page = await json<DialogueQuestionPage>(
    await t.pub('GET', `/dialogues/${session.id}/questions?sort=newest`),
  );
  assert.deepEqual(
    page.items.map((q) => q.id),
    [d, a],
  );
  assert.equal(page.items.find((q) => q.id === a)?.answer, null); // written, not yet published
  assert.equal(page.items.find((q) => q.id === a)?.merged, 1);
  const publish = await t.call(t.editor, 'PUT', `/admin/dialogue-questions/${a}/published`, {
    published: true,
  });
  assert.equal(publish.status, 200);
  page = await json<DialogueQuestionPage>(await t.pub('GET', `/dialogues/${session.id}/questions`));
  assert.equal(page.items.find((q) => q.id === a)?.answer?.answeredBy, 'Lâm Thị Diệu');
  // Once published, a unit without the right to publish cannot change the answer.
  assert.equal((await t.call(t.officer, 'PUT', `/admin/dialogue-questions/${a}/answer`, answer)).status, 403);
  // An administrator's delete takes the questions and the askers' consent records with it.
  const admin = (await tokensRepository(t.database.db).create('Quản trị viên Sơn', 'admin', t.clock())).token;
  assert.equal((await t.call(admin, 'DELETE', `/admin/dialogues/${session.id}`)).status, 204);
  const left = await t.database.db
    .selectFrom('submission_consents')
    .select('item_id')
    .where('kind', '=', 'dialogue-question')
    .where('item_id', 'in', [a, b, c, d])
    .execute();
  assert.deepEqual(left, []);
  assert.equal((await t.call(t.officer, 'GET', `/admin/dialogue-questions/${a}`)).status, 404);
  const audit = await t.database.db
    .selectFrom('audit_log')
    .select(['action', 'actor'])
    .where('entity', '=', 'dialogue-question')
    .where('entity_id', '=', a)
    .orderBy('id')
    .execute();
  assert.deepEqual(
    audit.map((e) => e.action),
    ['created', 'updated', 'updated', 'published'],
  );
  assert.equal(audit[0]?.actor, 'citizen');
});

test('cùng quan tâm: once per browser, only on public questions', async () => {
  const t = await dialoguesApp();
  const session = await t.session('live');
  const id = await ask(t, session.id);
  const support = (browserId: string, question = id) =>
    t.pub('POST', `/dialogues/${session.id}/questions/${question}/support`, { browserId });
  assert.equal((await support('trinh-duyet-0000000001')).status, 404); // pending: not public
  await moderate(t, t.officer, id, { action: 'accept' });
  const first = await json<SupportReceipt>(await support('trinh-duyet-0000000001'));
  assert.deepEqual(first, { questionId: id, supports: 1, counted: true });
  const again = await json<SupportReceipt>(await support('trinh-duyet-0000000001'));
  assert.deepEqual(again, { questionId: id, supports: 1, counted: false });
  const other = await json<SupportReceipt>(await support('trinh-duyet-0000000002'));
  assert.equal(other.supports, 2);
  const bad = await support('ngan');
  assert.equal(bad.status, 400);
  assert.ok((await json<Problem>(bad)).errors?.browserId);
  const page = await json<DialogueQuestionPage>(await t.pub('GET', `/dialogues/${session.id}/questions`));
  assert.equal(page.items[0]?.supports, 2);
  // The table keeps a keyed hash, never the browser's id.
  const rows = await t.database.db
    .selectFrom('dialogue_supports')
    .select('supporter')
    .where('question_id', '=', id)
    .execute();
  assert.ok(rows.every((r) => !r.supporter.includes('trinh-duyet')));
});

test('feedback on a document: a tracking code, the issuing unit’s queue, a published response and figures', async () => {
  const t = await dialoguesApp();
  const document = await t.database.db
    .selectFrom('documents')
    .select(['id', 'issuer_id'])
    .where('number', '=', '31/2024/QĐ-UBND')
    .executeTakeFirstOrThrow();
  assert.equal(document.issuer_id, 'tay-ninh');
  const form = await t.form(`/documents/${document.id}/feedback/form`, CLIENT, 'en');
  assert.match(form.consents[0]?.text ?? '', /issuing authority/);
  t.wait(5);
  const input = (extra: Partial<FeedbackInput> = {}): FeedbackInput => ({
    name: 'Lê Văn Phản Ánh',
    email: 'phananh@example.com',
    reason: 'unclear',
    provision: 'Khoản 1 Điều 3',
    body: 'Hạn mức giao đất ở tại khoản 1 Điều 3 chưa nói rõ áp dụng cho phường mới sau sắp xếp hay không.',
    consents: { version: form.consentVersion, processAndAnswer: true, publishName: false },
    formToken: form.formToken,
    ...extra,
  });
  const badReason = await t.pub(
    'POST',
    `/documents/${document.id}/feedback`,
    input({ reason: 'khac' as never }),
    { 'Accept-Language': 'en' },
  );
  assert.equal(badReason.status, 400);
  assert.ok((await json<Problem>(badReason)).errors?.reason);
  const short = await t.pub('POST', `/documents/${document.id}/feedback`, input({ body: 'Chưa rõ.' }));
  assert.equal(short.status, 400);
  assert.match((await json<Problem>(short)).errors?.body?.join(' ') ?? '', /ký tự/);
  const sent = await t.pub('POST', `/documents/${document.id}/feedback`, input());
  assert.equal(sent.status, 201, await sent.clone().text());
  const { trackingCode } = await json<{ trackingCode: string }>(sent);
  assert.match(trackingCode, /^PA-[2-9A-HJKMNP-Z]{8}$/);
  assert.equal(sent.headers.get('Location'), `/api/v1/feedback/status/${trackingCode}`);
  let tracking = await json<FeedbackTracking>(await t.pub('GET', `/feedback/status/${trackingCode}`));
  assert.equal(tracking.status, 'pending');
  assert.equal((await t.pub('GET', '/feedback/status/PA-22222222')).status, 404);

  const queue = await json<AdminFeedbackPage>(
    await t.call(t.province, 'GET', `/admin/feedback?document=${document.id}`),
  );
  const mine = queue.items.find((f) => f.trackingCode === trackingCode);
  assert.ok(mine);
  assert.equal(mine.sender.email, 'phananh@example.com');
  assert.equal(
    (await json<AdminFeedbackPage>(await t.call(t.officer, 'GET', '/admin/feedback'))).items.length,
    0,
  );
  assert.equal((await t.call(t.officer, 'GET', `/admin/feedback/${mine.id}`)).status, 404);

  const response = {
    html: '<p>Áp dụng cho mọi phường.</p>',
    answeredBy: 'Phan Văn Tiến',
    answererTitle: 'Chánh Văn phòng',
    published: true,
  };
  assert.equal(
    (await t.call(t.province, 'PUT', `/admin/feedback/${mine.id}/response`, response)).status,
    403,
  );
  const draft = await t.call(t.province, 'PUT', `/admin/feedback/${mine.id}/response`, {
    ...response,
    published: false,
  });
  assert.equal((await json<AdminFeedback>(draft)).status, 'answered');
  const published = await t.call(t.editor, 'PUT', `/admin/feedback/${mine.id}/response`, response);
  assert.equal((await json<AdminFeedback>(published)).responsePublished, true);
  tracking = await json<FeedbackTracking>(await t.pub('GET', `/feedback/status/${trackingCode}`));
  assert.equal(tracking.response?.answeredBy, 'Phan Văn Tiến');
  const shown = await json<PublicFeedbackPage>(await t.pub('GET', `/documents/${document.id}/feedback`));
  assert.equal(shown.items[0]?.senderName, null);
  assert.equal(shown.figures.received, 1);
  assert.equal(shown.figures.answered, 1);
  assert.equal(typeof shown.figures.averageDays, 'number');

  const rejected = await t.call(t.editor, 'PUT', `/admin/feedback/${mine.id}/rejection`, {
    reason: 'Trùng với phản ánh đã trả lời.',
  });
  assert.equal((await json<AdminFeedback>(rejected)).status, 'rejected');
  assert.equal(
    (await json<PublicFeedbackPage>(await t.pub('GET', `/documents/${document.id}/feedback`))).total,
    0,
  );

  const unpublished = await t.call(t.editor, 'POST', '/admin/documents', {
    number: '99/2026/QĐ-UBND',
    title: 'Quyết định chưa công bố để kiểm thử phản ánh',
    type: 'quyet-dinh',
    issuerId: 'tay-ninh',
    issuedOn: '2026-11-01',
    status: 'in-force',
    fields: ['dat-dai'],
    body: '<p>Nội dung.</p>',
    published: false,
  });
  const hidden = await json<{ id: number }>(unpublished);
  assert.equal((await t.pub('GET', `/documents/${hidden.id}/feedback/form`)).status, 404);
});

test('no public answer carries an asker’s or a sender’s contact details', async () => {
  const t = await dialoguesApp();
  const session = await t.session('live');
  const asked = await ask(t, session.id, { email: 'bimat.hoidap@example.com', phone: '0987 654 321' });
  await moderate(t, t.officer, asked, { action: 'accept' });
  const bodies: string[] = [];
  const list = await json<DialoguePage>(await t.pub('GET', '/dialogues?pageSize=100'));
  bodies.push(JSON.stringify(list));
  for (const dialogue of list.items) {
    bodies.push(await (await t.pub('GET', `/dialogues/${dialogue.id}`)).text());
    bodies.push(await (await t.pub('GET', `/dialogues/${dialogue.id}/questions?pageSize=100`)).text());
  }
  const documents = await t.database.db
    .selectFrom('document_feedback')
    .select(['document_id', 'tracking_code'])
    .execute();
  for (const row of documents) {
    bodies.push(await (await t.pub('GET', `/documents/${row.document_id}/feedback`)).text());
    bodies.push(await (await t.pub('GET', `/feedback/status/${row.tracking_code}`)).text());
  }
  const all = bodies.join('\n');
  assert.match(all, /Nguyễn Văn Phúc/); // a consented name is there
  for (const secret of [
    'example.com',
    '0987654321',
    '0912345678',
    '0918234567',
    'Trương Hoàng Nam',
    'Lương Thị Bảy',
  ])
    assert.doesNotMatch(all, new RegExp(secret), secret);
});
