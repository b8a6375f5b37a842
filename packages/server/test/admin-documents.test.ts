import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { AdminDocument, DocumentPage, ImportReport, TransitionList } from '@pbgdpl/contract';
import { tokensRepository } from '../src/repositories/tokens.ts';
import { documentInput, json, makeDocumentsApp } from './helpers.ts';

async function setup() {
  const t = await makeDocumentsApp();
  const tokens = tokensRepository(t.database.db);
  const editor = (await tokens.create('Biên tập viên', 'editor', t.clock())).token;
  const admin = (await tokens.create('Quản trị viên', 'admin', t.clock())).token;
  const call = (path: string, token: string | null, init: RequestInit & { type?: string } = {}) =>
    t.app.request(`/api/v1/admin${path}`, {
      ...init,
      headers: {
        ...(token ? { Authorization: `Bearer ${token}` } : {}),
        'Content-Type': init.type ?? 'application/json',
      },
    });
  const send = (method: string, path: string, token: string | null, body: unknown) =>
    call(path, token, { method, body: JSON.stringify(body) });
  const publicSearch = async (q: string) =>
    json<DocumentPage>(await t.app.request(`/api/v1/documents?q=${encodeURIComponent(q)}`));
  return { ...t, editor, admin, call, send, publicSearch };
}

test('admin routes need a token (401); an editor may write but not delete (403)', async () => {
  const { call, send, editor, admin } = await setup();
  assert.equal((await call('/documents', null)).status, 401);
  assert.equal((await send('POST', '/documents', null, documentInput())).status, 401);

  const created = await send('POST', '/documents', editor, documentInput());
  assert.equal(created.status, 201);
  const document = await json<AdminDocument>(created);
  assert.equal(created.headers.get('Location'), `/api/v1/admin/documents/${document.id}`);
  assert.equal(created.headers.get('Cache-Control'), 'no-store');
  assert.deepEqual(
    [document.published, document.relations, document.attachments],
    [true, [], []],
    'defaults',
  );

  const forbidden = await call(`/documents/${document.id}`, editor, { method: 'DELETE' });
  assert.equal(forbidden.status, 403);
  assert.equal(
    (await call(`/documents/import`, editor, { method: 'POST', type: 'application/x-ndjson', body: '' }))
      .status,
    403,
  );
  assert.equal((await call(`/documents/${document.id}`, admin, { method: 'DELETE' })).status, 204);
  assert.equal((await call(`/documents/${document.id}`, admin)).status, 404);
  assert.equal((await call(`/documents/${document.id}`, admin, { method: 'DELETE' })).status, 404);
});

test('create, read, replace, unpublish and republish; the public index follows', async () => {
  const { app, call, send, editor, clock, publicSearch } = await setup();
  const document = await json<AdminDocument>(
    await send('POST', '/documents', editor, documentInput({ title: 'Quy chế phối hợp kiểm tra văn bản' })),
  );
  assert.equal((await publicSearch('phối hợp')).total, 1);

  clock.set('2026-04-01T00:00:00Z');
  const replaced = await send(
    'PUT',
    `/documents/${document.id}`,
    editor,
    documentInput({
      title: 'Quy chế rà soát văn bản',
      relations: [{ type: 'replaces', targetNumber: '9/2020/QĐ-UBND' }],
    }),
  );
  assert.equal(replaced.status, 200);
  const after = await json<AdminDocument>(replaced);
  assert.equal(after.updatedAt, '2026-04-01T00:00:00.000Z');
  assert.equal(after.publishedAt, document.publishedAt, 'still published since the first time');
  assert.deepEqual(after.relations, [
    {
      type: 'replaces',
      direction: 'active',
      targetNumber: '9/2020/QĐ-UBND',
      targetTitle: null,
      targetUrl: null,
    },
  ]);
  assert.equal((await publicSearch('phối hợp')).total, 0, 'old words leave the index');
  assert.equal((await publicSearch('rà soát')).total, 1);

  const hidden = await json<AdminDocument>(
    await send('PUT', `/documents/${document.id}/published`, editor, { published: false }),
  );
  assert.deepEqual([hidden.published, hidden.publishedAt], [false, null]);
  assert.equal((await publicSearch('rà soát')).total, 0);
  assert.equal((await app.request(`/api/v1/documents/${document.id}`)).status, 404);
  const editorView = await json<{ items: Array<{ published: boolean }> }>(
    await call('/documents?published=false', editor),
  );
  assert.deepEqual(
    editorView.items.map((i) => i.published),
    [false],
  );

  await send('PUT', `/documents/${document.id}/published`, editor, { published: true });
  assert.equal((await publicSearch('rà soát')).total, 1);
});

test('writes are validated per field; an unknown issuer is a 400 on issuerId; text stored NFC', async () => {
  const { send, editor } = await setup();
  const bad = await send('POST', '/documents', editor, {
    ...documentInput(),
    fields: [],
    type: 'sac-lenh',
    issuedOn: '2024-02-30',
  });
  assert.equal(bad.status, 400);
  assert.deepEqual(Object.keys((await json<{ errors: object }>(bad)).errors).sort(), [
    'fields',
    'issuedOn',
    'type',
  ]);

  const unknown = await send('POST', '/documents', editor, documentInput({ issuerId: 'khong-ton-tai' }));
  assert.equal(unknown.status, 400);
  assert.deepEqual((await json<{ errors: object }>(unknown)).errors, {
    issuerId: ['Không có đơn vị "khong-ton-tai"'],
  });

  const nfd = await json<AdminDocument>(
    await send('POST', '/documents', editor, documentInput({ title: 'Hoà giải thuỷ lợi'.normalize('NFD') })),
  );
  assert.equal(nfd.title, 'Hòa giải thủy lợi'.normalize('NFC'));
});

const ndjson = (...rows: unknown[]) =>
  rows.map((row) => (typeof row === 'string' ? row : JSON.stringify(row))).join('\n');

test('import: NDJSON all or nothing, rejected rows listed by line with errors per field', async () => {
  const { call, admin, publicSearch } = await setup();
  const importing = (body: string, query = '') =>
    call(`/documents/import${query}`, admin, { method: 'POST', type: 'application/x-ndjson', body });

  const bad = await importing(
    ndjson(
      documentInput({ number: '1/2025/QĐ-UBND', title: 'Văn bản nhập một' }),
      '',
      '{"number": ',
      { ...documentInput(), status: 'alive', fields: [] },
      documentInput({ issuerId: 'khong-ton-tai' }),
      '   ',
    ),
  );
  assert.equal(bad.status, 200);
  const report = await json<ImportReport>(bad);
  assert.equal(report.rows, 4);
  assert.equal(report.written, false);
  assert.deepEqual(
    report.rejected.map((r) => r.line),
    [3, 4, 5],
  );
  assert.ok(report.rejected[0]?.errors['json']);
  assert.deepEqual(Object.keys(report.rejected[1]?.errors ?? {}).sort(), ['fields', 'status']);
  assert.deepEqual(report.rejected[2]?.errors, { issuerId: ['Không có đơn vị "khong-ton-tai"'] });
  assert.equal((await publicSearch('văn bản nhập')).total, 0, 'nothing written');

  const rows = ndjson(
    documentInput({ number: '1/2025/QĐ-UBND', title: 'Văn bản nhập một' }),
    documentInput({ number: '2/2025/QĐ-UBND', title: 'Văn bản nhập hai' }),
    documentInput({ number: 'Không số', title: 'Văn bản nhập không số' }),
  );
  const dry = await json<ImportReport>(await importing(rows, '?dryRun=true'));
  assert.deepEqual(dry, { rows: 3, created: 3, updated: 0, written: false, rejected: [] });
  assert.equal((await publicSearch('văn bản nhập')).total, 0, 'a dry run writes nothing');

  assert.deepEqual(await json<ImportReport>(await importing(rows)), {
    rows: 3,
    created: 3,
    updated: 0,
    written: true,
    rejected: [],
  });
  assert.equal((await publicSearch('văn bản nhập')).total, 3);

  // Same issuer and number (any spelling) updates; "Không số" always creates.
  const again = ndjson(
    documentInput({ number: '1 / 2025 / qđ-ubnd', title: 'Văn bản nhập một, sửa tên' }),
    documentInput({ number: 'Không số', title: 'Văn bản nhập không số' }),
    documentInput({ number: '2/2025/QĐ-UBND', issuerId: 'so-tu-phap', title: 'Văn bản nhập của Sở' }),
  );
  assert.deepEqual(await json<ImportReport>(await importing(again, '?dryRun=true')), {
    rows: 3,
    created: 2,
    updated: 1,
    written: false,
    rejected: [],
  });
  assert.deepEqual(await json<ImportReport>(await importing(again)), {
    rows: 3,
    created: 2,
    updated: 1,
    written: true,
    rejected: [],
  });
  assert.equal((await publicSearch('văn bản nhập')).total, 5);
  assert.equal((await publicSearch('sửa tên')).items[0]?.number, '1 / 2025 / qđ-ubnd');
});

test('import: each new document and each state a row moves is on the workflow history, by the importer', async () => {
  const { call, admin, publicSearch } = await setup();
  const importing = (...rows: unknown[]) =>
    call('/documents/import', admin, { method: 'POST', type: 'application/x-ndjson', body: ndjson(...rows) });
  const row = documentInput({ number: '7/2025/QĐ-UBND', title: 'Văn bản có lịch sử' });
  assert.equal((await importing(row)).status, 200);
  const id = (await publicSearch('văn bản có lịch sử')).items[0]?.id;
  assert.ok(id);
  const history = async () =>
    (await json<TransitionList>(await call(`/documents/${id}/history`, admin))).items.map(
      ({ actor, from, to }) => [actor, from, to],
    );
  assert.deepEqual(await history(), [['Quản trị viên', null, 'published']]);

  assert.equal((await importing({ ...row, published: false })).status, 200);
  assert.equal(
    (await importing({ ...row, title: 'Văn bản có lịch sử, sửa tên', published: false })).status,
    200,
  );
  assert.deepEqual(
    await history(),
    [
      ['Quản trị viên', null, 'published'],
      ['Quản trị viên', 'published', 'unpublished'],
    ],
    'a row that moves nothing adds nothing',
  );
});

test('import: only NDJSON (415), English messages on request, over the import limit 413', async () => {
  const t = await setup();
  const wrongType = await t.call('/documents/import', t.admin, { method: 'POST', body: '{}' });
  assert.equal(wrongType.status, 415);
  const english = await t.app.request('/api/v1/admin/documents/import', {
    method: 'POST',
    headers: {
      Authorization: `Bearer ${t.admin}`,
      'Content-Type': 'application/x-ndjson',
      'Accept-Language': 'en',
    },
    body: 'nope',
  });
  assert.deepEqual((await json<ImportReport>(english)).rejected, [
    { line: 1, errors: { json: ['This line is not valid JSON'] } },
  ]);

  const small = await makeDocumentsApp();
  const limited = (await import('../src/app.ts')).createApp({
    db: small.database.db,
    config: { ...small.config, importLimitBytes: 1024, adminToken: 'import-limit-admin-token-0123456789' },
    clock: small.clock,
  });
  const tooBig = await limited.request('/api/v1/admin/documents/import', {
    method: 'POST',
    headers: {
      Authorization: 'Bearer import-limit-admin-token-0123456789',
      'Content-Type': 'application/x-ndjson',
    },
    body: ndjson(...Array.from({ length: 5 }, () => documentInput())),
  });
  assert.equal(tooBig.status, 413);
  assert.match((await json<{ detail: string }>(tooBig)).detail, /1 KB/);
  // Larger than the 64 KB limit of other routes, within the import limit.
  const large = await t.call('/documents/import', t.admin, {
    method: 'POST',
    type: 'application/x-ndjson',
    body: ndjson(
      ...Array.from({ length: 200 }, (_, i) =>
        documentInput({ number: `${i + 1}/2020/QĐ-UBND`, body: `<p>${'Nội dung. '.repeat(50)}</p>` }),
      ),
    ),
  });
  assert.equal(large.status, 200);
  assert.equal((await json<ImportReport>(large)).created, 200);
});
