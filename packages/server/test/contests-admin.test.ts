import assert from 'node:assert/strict';
import { test } from 'node:test';
import type {
  AdminContest,
  Attempt,
  Contest,
  ContestPage,
  ContestQuestion,
  ContestResults,
  ImportReport,
} from '@pbgdpl/contract';
import { json } from './helpers.ts';
import { contestInput, contestsApp, OTHER_UNIT, OWN_UNIT, questionInput, round } from './contests-support.ts';

test('the seeded demo: an open contest listed first, a finished one with published results, a bank of 60+', async () => {
  const t = await contestsApp();
  const page = await json<ContestPage>(await t.pub('GET', '/contests'));
  assert.deepEqual(
    page.items.map((c) => c.state),
    ['open', 'results'],
  );
  assert.match(page.items[0]!.title, /Luật Trật tự, an toàn giao thông đường bộ năm 2024/);
  const finished = page.items[1]!;
  const results = await json<ContestResults>(await t.pub('GET', `/contests/${finished.id}/results`));
  assert.equal(results.round.state, 'closed');
  assert.equal(results.total, 8);
  assert.deepEqual(
    results.items.slice(0, 3).map((r) => [r.rank, r.correct]),
    [
      [1, 10],
      [2, 10],
      [3, 10],
    ],
  );
  assert.ok(results.questions && results.questions.every((q) => q.explanation.length > 20));
  let bank = 0;
  for (const contest of page.items) {
    const questions = await json<{ total: number }>(
      await t.call(t.editor, 'GET', `/admin/contest-questions?contest=${contest.id}`),
    );
    bank += questions.total;
  }
  assert.ok(bank >= 60, `${bank} questions`);
  assert.equal((await json<ContestPage>(await t.pub('GET', '/contests?state=open'))).total, 1);
  assert.equal((await t.pub('GET', '/contests?unit=khong-co')).status, 400);
});

test('access per role: a unit’s contributor drafts its own contests and bank, editors publish, the public sees published ones', async () => {
  const t = await contestsApp();
  assert.equal((await t.call(null, 'GET', '/admin/contests')).status, 401);
  const drafted = await t.call(t.officer, 'POST', '/admin/contests', contestInput());
  assert.equal(drafted.status, 201);
  const draft = await json<AdminContest>(drafted);
  assert.equal(draft.reviewState, 'draft');
  assert.equal(draft.rules, '<p>Mỗi vòng thi có <strong>3 câu hỏi</strong>.</p>'); // sanitized on save
  assert.equal((await t.pub('GET', `/contests/${draft.id}`)).status, 404); // not published
  assert.equal(
    (await t.call(t.officer, 'POST', '/admin/contests', contestInput({ unitId: OTHER_UNIT }))).status,
    403,
  );
  assert.equal((await t.call(t.stranger, 'GET', `/admin/contests/${draft.id}`)).status, 404);
  const strangers = await json<{ total: number }>(await t.call(t.stranger, 'GET', '/admin/contests'));
  assert.equal(strangers.total, 0);

  const question = await t.call(t.officer, 'POST', '/admin/contest-questions', questionInput(draft.id, 1));
  assert.equal(question.status, 201);
  const created = await json<ContestQuestion>(question);
  assert.equal(created.unitId, OWN_UNIT);
  assert.equal(
    (await t.call(t.stranger, 'POST', '/admin/contest-questions', questionInput(draft.id, 2))).status,
    403,
  );
  assert.equal((await t.call(t.stranger, 'GET', `/admin/contest-questions/${created.id}`)).status, 404);
  assert.equal((await t.call(t.stranger, 'GET', `/admin/contest-questions?contest=${draft.id}`)).status, 404);
  const wrongKey = await t.call(
    t.officer,
    'POST',
    '/admin/contest-questions',
    questionInput(draft.id, 3, { correct: [5] }),
  );
  assert.equal(wrongKey.status, 400);
  assert.ok((await json<{ errors: Record<string, string[]> }>(wrongKey)).errors['correct.0']);

  const submit = await t.call(t.officer, 'POST', `/admin/contests/${draft.id}/state`, { action: 'submit' });
  assert.equal(submit.status, 200);
  assert.equal(
    (await t.call(t.officer, 'POST', `/admin/contests/${draft.id}/state`, { action: 'publish' })).status,
    403,
  );
  const publish = await t.call(t.editor, 'POST', `/admin/contests/${draft.id}/state`, { action: 'publish' });
  assert.equal(publish.status, 200);
  const shown = await json<Contest>(await t.pub('GET', `/contests/${draft.id}`));
  assert.equal(shown.state, 'open');
  assert.equal(shown.unit.id, OWN_UNIT);
  assert.equal((await t.call(t.officer, 'DELETE', `/admin/contests/${draft.id}`)).status, 403);

  const history = await json<{ items: Array<{ to: string }> }>(
    await t.call(t.editor, 'GET', `/admin/contests/${draft.id}/history`),
  );
  assert.deepEqual(
    history.items.map((h) => h.to),
    ['draft', 'submitted', 'published'],
  );
  const audit = await t.database.db
    .selectFrom('audit_log')
    .select(['entity', 'action'])
    .where('entity', 'in', ['contest', 'contest-question'])
    .execute();
  assert.ok(audit.some((a) => a.entity === 'contest' && a.action === 'created'));
  assert.ok(audit.some((a) => a.entity === 'contest-question' && a.action === 'created'));
  assert.equal((await t.call(t.admin, 'DELETE', `/admin/contests/${draft.id}`)).status, 204);
  assert.equal((await t.pub('GET', `/contests/${draft.id}`)).status, 404);
  assert.equal((await t.call(t.officer, 'GET', `/admin/contest-questions/${created.id}`)).status, 404); // gone with it
});

test('rounds: overlapping ones are refused, a round with attempts cannot be removed; related documents must exist', async () => {
  const t = await contestsApp();
  const overlapping = await t.call(
    t.editor,
    'POST',
    '/admin/contests',
    contestInput({
      rounds: [
        round('Vòng 1', '2026-03-01T00:00:00+07:00', 48),
        round('Vòng 2', '2026-03-02T00:00:00+07:00', 48),
      ],
    }),
  );
  assert.equal(overlapping.status, 400);
  assert.ok((await json<{ errors: Record<string, string[]> }>(overlapping)).errors['rounds.1.startsAt']);

  const documents = await json<{ items: Array<{ id: number; number: string }> }>(
    await t.pub('GET', '/documents?pageSize=1'),
  );
  const cited = documents.items[0];
  assert.ok(cited);
  const unknownDocument = await t.call(
    t.editor,
    'POST',
    '/admin/contests',
    contestInput({ documentIds: [cited.id, 999_999] }),
  );
  assert.equal(unknownDocument.status, 400);
  assert.match(
    (await json<{ errors: Record<string, string[]> }>(unknownDocument)).errors.documentIds?.[0] ?? '',
    /999999/,
  );
  const contest = await t.publishedContest({
    documentIds: [cited.id],
    rounds: [
      round('Vòng 1', '2026-03-01T00:00:00+07:00', 24),
      round('Vòng 2', '2026-03-05T00:00:00+07:00', 24),
    ],
  });
  const shown = await json<Contest>(await t.pub('GET', `/contests/${contest.id}`));
  assert.deepEqual(
    shown.documents.map((d) => d.number),
    [cited.number],
  );
  const [first, second] = contest.rounds;
  await json<Attempt>(await t.start(contest.id, await t.register(contest.id)));
  const update = (rounds: unknown[]) =>
    t.call(t.editor, 'PUT', `/admin/contests/${contest.id}`, { ...contestInput(), rounds });
  const dropped = await update([{ ...round('Vòng 2', '2026-03-05T00:00:00+07:00', 24), id: second!.id }]);
  assert.equal(dropped.status, 400);
  assert.match(JSON.stringify(await json(dropped)), /Không thể xóa vòng thi đã có người dự thi/);
  const kept = await update([
    { ...round('Vòng 1 (sửa)', '2026-03-01T00:00:00+07:00', 24), id: first!.id },
    round('Vòng 3', '2026-03-10T00:00:00+07:00', 24),
  ]);
  assert.equal(kept.status, 200);
  assert.deepEqual(
    (await json<AdminContest>(kept)).rounds.map((r) => [r.id === first!.id, r.title]),
    [
      [true, 'Vòng 1 (sửa)'],
      [false, 'Vòng 3'],
    ],
  );
});

test('the bank imports from CSV (BOM, any column order) all or nothing with errors per row; the template is CSV with a BOM', async () => {
  const t = await contestsApp();
  const contest = await t.publishedContest({}, 0);
  const template = await t.call(t.officer, 'GET', '/admin/contest-questions/template.csv');
  assert.equal(template.status, 200);
  const bytes = Buffer.from(await template.arrayBuffer());
  assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
  const templateText = bytes.subarray(3).toString('utf8');
  assert.match(templateText, /^cau_hoi,phuong_an_1,/);
  assert.equal((await t.call(null, 'GET', '/admin/contest-questions/template.csv')).status, 401);

  // The template itself imports as it is.
  const dry = await t.call(
    t.officer,
    'POST',
    `/admin/contest-questions/import?contest=${contest.id}&dryRun=true`,
    `\uFEFF${templateText}`,
  );
  assert.deepEqual(await json<ImportReport>(dry), {
    rows: 1,
    created: 0,
    updated: 0,
    written: false,
    rejected: [],
  });

  const csv = [
    '\uFEFFdap_an,cau_hoi,phuong_an_1,phuong_an_2,phuong_an_3,giai_thich,do_kho,the',
    'B,"Câu hỏi có dấu phẩy, và ""ngoặc kép""?",Một,Hai,Ba,Giải thích đủ dài cho câu hỏi.,Trung bình,a;b',
    '"A;C",Câu hỏi nhiều đáp án đúng?,Một,Hai,Ba,Giải thích đủ dài cho câu hỏi.,khó,',
    'E,Câu hỏi có đáp án không tồn tại?,Một,Hai,,Giải thích đủ dài cho câu hỏi.,,',
    '1,Câu hỏi thiếu giải thích?,Một,Hai,,,,',
  ].join('\r\n');
  const refused = await json<ImportReport>(
    await t.call(t.officer, 'POST', `/admin/contest-questions/import?contest=${contest.id}`, csv),
  );
  assert.equal(refused.written, false);
  assert.deepEqual(
    refused.rejected.map((r) => [r.line, Object.keys(r.errors)]),
    [
      [4, ['dap_an']],
      [5, ['giai_thich']],
    ],
  );
  const fixed = csv.split('\r\n').slice(0, 3).join('\r\n');
  const imported = await json<ImportReport>(
    await t.call(t.officer, 'POST', `/admin/contest-questions/import?contest=${contest.id}`, fixed),
  );
  assert.deepEqual(imported, { rows: 2, created: 2, updated: 0, written: true, rejected: [] });
  const bank = await json<{ items: ContestQuestion[] }>(
    await t.call(t.officer, 'GET', `/admin/contest-questions?contest=${contest.id}`),
  );
  assert.deepEqual(
    bank.items.map((q) => [q.text, q.correct, q.difficulty, q.tags]),
    [
      ['Câu hỏi có dấu phẩy, và "ngoặc kép"?', [1], 'medium', ['a', 'b']],
      ['Câu hỏi nhiều đáp án đúng?', [0, 2], 'hard', []],
    ],
  );
  assert.equal(
    (await t.call(t.stranger, 'POST', `/admin/contest-questions/import?contest=${contest.id}`, fixed)).status,
    404,
  );
  const audit = await t.database.db
    .selectFrom('audit_log')
    .select('detail')
    .where('entity', '=', 'contest')
    .where('entity_id', '=', contest.id)
    .execute();
  assert.ok(audit.some((a) => a.detail === 'Nhập 2 câu hỏi vào ngân hàng câu hỏi'));
});
