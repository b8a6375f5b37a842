import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DocumentInput, type RelationList, type SourceConflictList, type SourceRun } from '@pbgdpl/contract';
import { toDocumentInput } from '../src/documents/export.ts';
import { documentsRepository } from '../src/repositories/documents.ts';
import { addDocuments, documentInput, json, makeDocumentsApp } from './helpers.ts';
import { counts, serveInstance, sourcesApp, startFakeVbpl } from './sources-upstreams.ts';

test('the national database: documents arrive with our types, statuses, relations and links; a rerun changes nothing', async () => {
  const t = await sourcesApp();
  const vbpl = await startFakeVbpl();
  const source = await t.addSource({
    name: 'CSDL quốc gia về văn bản pháp luật – Tây Ninh',
    kind: 'vbpl-json',
    url: vbpl.listUrl,
    mapping: { detailUrl: vbpl.detailUrl, fields: { 'Tài chính - Ngân sách': 'tai-chinh-ngan-sach' } },
    intervalMinutes: 60,
  });

  const dry = await t.run(source.id, true);
  assert.deepEqual(counts(dry), [3, 0, 0, 1, 0], 'the dry run counts');
  assert.equal(dry.dryRun, true);
  assert.equal(await t.documentCount(), 0, 'a dry run writes nothing');

  const first = await t.run(source.id);
  assert.equal(first.outcome, 'finished');
  assert.deepEqual(counts(first), [3, 0, 0, 1, 0]);
  const law = first.log.find((line) => line.upstreamId === '163544')!;
  assert.equal(law.outcome, 'rejected');
  assert.match(law.message, /Cơ quan ban hành “Quốc hội” chưa có trong bảng ánh xạ/);

  const resolution = (await t.publicDocument('15/2026/NQ-HĐND'))!;
  assert.equal(resolution.type, 'nghi-quyet');
  assert.equal(resolution.issuer.id, 'hdnd-tay-ninh');
  assert.equal(resolution.status, 'in-force');
  assert.deepEqual(resolution.fields, ['dat-dai', 'tai-chinh-ngan-sach']);
  assert.equal(resolution.effectiveFrom, '2026-02-01');
  assert.equal(resolution.vbplItemId, 170001);
  assert.equal(
    resolution.links.vbpl,
    'https://vbpl.vn/van-ban/chi-tiet/nghi-quyet-quy-dinh-bang-gia-dat-tren-dia-ban-tinh-tay-ninh--170001',
  );
  assert.doesNotMatch(resolution.body, /script/, 'the body went through the editors’ sanitizer');
  assert.equal(
    resolution.attachments[0]?.url,
    'https://vbpl.vn/tayninh/Attachments/170001/15-2026-NQ-HDND.pdf',
  );
  const basis = await json<RelationList>(await t.app.request(`/api/v1/documents/${resolution.id}/related`));
  const law2024 = basis.items.find((r) => r.number === '31/2024/QH15')!;
  assert.deepEqual([law2024.type, law2024.direction], ['based-on', 'active']);
  assert.equal(law2024.url, 'https://vbpl.vn/van-ban/chi-tiet/luat-dat-dai--163544');
  assert.ok(
    basis.items.some(
      (r) => r.type === 'details' && r.direction === 'passive' && r.number === '07/2026/QĐ-UBND',
    ),
    'the decision detailing it is shown from its side',
  );

  const decision = (await t.publicDocument('07/2026/QĐ-UBND'))!;
  assert.deepEqual(
    [decision.type, decision.status, decision.issuer.id],
    ['quyet-dinh', 'not-yet-in-force', 'tay-ninh'],
  );
  const consolidated = (await t.publicDocument('02/VBHN-UBND'))!;
  assert.deepEqual([consolidated.type, consolidated.status], ['van-ban-hop-nhat', 'partly-expired']);
  assert.equal(consolidated.statusExplicit, true);
  assert.match(consolidated.statusReason ?? '', /Hết hiệu lực một phần/);

  // Again: the list's ETag comes back 304, so nothing is even fetched in detail.
  const versions = await t.database.db
    .selectFrom('documents')
    .select(['id', 'version', 'updated_at'])
    .orderBy('id')
    .execute();
  vbpl.state.requests.length = 0;
  const second = await t.run(source.id);
  assert.equal(second.outcome, 'not-modified');
  assert.deepEqual(vbpl.state.requests, [
    { path: '/api/van-ban/danh-sach?CoQuanBanHanh=tay-ninh', status: 304 },
  ]);
  assert.deepEqual(
    await t.database.db
      .selectFrom('documents')
      .select(['id', 'version', 'updated_at'])
      .orderBy('id')
      .execute(),
    versions,
  );

  // One item changes upstream: exactly that document is updated, the others are left as they were.
  vbpl.change(
    170002,
    { TrichYeu: 'Quyết định ban hành quy định chi tiết bảng giá đất (sửa lỗi chính tả)' },
    '2026-03-01T09:00:00',
  );
  const third = await t.run(source.id);
  assert.deepEqual(counts(third), [0, 1, 2, 1, 0]);
  const after = await t.database.db
    .selectFrom('documents')
    .select(['id', 'version', 'updated_at'])
    .orderBy('id')
    .execute();
  const changed = after.filter((row, i) => row.version !== versions[i]!.version);
  assert.deepEqual(
    changed.map((row) => row.id),
    [decision.id],
  );
  assert.equal(
    (await t.publicDocument('07/2026/QĐ-UBND'))!.title,
    'Quyết định ban hành quy định chi tiết bảng giá đất (sửa lỗi chính tả)',
  );

  // An editor changes the resolution here; upstream changes it too: a conflict, not an overwrite.
  const edited = await t.call('GET', `/admin/documents/${resolution.id}`);
  const document = await json<Record<string, unknown>>(edited);
  const {
    id: _id,
    issuer,
    links: _l,
    publishedAt: _p,
    updatedAt: _u,
    version,
    statusSince: _s,
    ...fields
  } = document;
  const put = await t.call(
    'PUT',
    `/admin/documents/${resolution.id}`,
    { ...fields, issuerId: (issuer as { id: string }).id, summary: 'Tóm tắt do biên tập viên viết.' },
    t.editor,
    { 'If-Match': `"${String(version)}"` },
  );
  assert.equal(put.status, 200, await put.clone().text());
  vbpl.change(
    170001,
    { TrichYeu: 'Nghị quyết quy định bảng giá đất tỉnh Tây Ninh giai đoạn 2026–2030' },
    '2026-03-02T09:00:00',
  );
  const fourth = await t.run(source.id);
  assert.deepEqual(counts(fourth), [0, 0, 2, 1, 1]);
  const kept = (await t.publicDocument('15/2026/NQ-HĐND'))!;
  assert.equal(kept.title, resolution.title, 'the local document is not overwritten');
  assert.equal(kept.summary, 'Tóm tắt do biên tập viên viết.');
  const conflicts = await json<SourceConflictList>(
    await t.call('GET', `/admin/sources/${source.id}/conflicts`),
  );
  assert.deepEqual(
    conflicts.items.map((c) => [c.upstreamId, c.documentId, c.number]),
    [['170001', resolution.id, '15/2026/NQ-HĐND']],
  );

  // The administrator lets the source's version win: the next run applies it.
  const settle = (upstreamId: string, keep: string) =>
    t.call('POST', `/admin/sources/${source.id}/conflicts/resolve`, { upstreamId, keep });
  assert.equal((await settle('170002', 'upstream')).status, 404, 'no conflict there');
  assert.equal((await settle('170001', 'upstream')).status, 204);
  const fifth = await t.run(source.id);
  assert.deepEqual(counts(fifth), [0, 1, 2, 1, 0]);
  assert.equal(
    (await t.publicDocument('15/2026/NQ-HĐND'))!.title,
    'Nghị quyết quy định bảng giá đất tỉnh Tây Ninh giai đoạn 2026–2030',
  );
  assert.deepEqual(
    (await json<SourceConflictList>(await t.call('GET', `/admin/sources/${source.id}/conflicts`))).items,
    [],
  );

  const runs = await json<{ items: SourceRun[]; total: number }>(
    await t.call('GET', `/admin/sources/${source.id}/runs`),
  );
  assert.equal(runs.total, 6);
  assert.deepEqual(
    runs.items.map((r) => [r.outcome, r.dryRun, r.actor]),
    [
      ['finished', false, 'Quản trị viên'],
      ['finished', false, 'Quản trị viên'],
      ['finished', false, 'Quản trị viên'],
      ['not-modified', false, 'Quản trị viên'],
      ['finished', false, 'Quản trị viên'],
      ['finished', true, 'Quản trị viên'],
    ],
  );
  const audit = await t.database.db
    .selectFrom('audit_log')
    .select(['entity', 'action'])
    .where('entity', '=', 'source')
    .execute();
  assert.deepEqual(
    audit.map((a) => a.action),
    ['created', 'synced', 'synced', 'synced', 'synced', 'synced', 'updated', 'synced'],
  );
});

test('another instance: its NDJSON export feeds us; a changed document updates only itself; a document already here is a conflict', async () => {
  const department = await makeDocumentsApp();
  const [planId] = await addDocuments(department, [
    documentInput({
      number: '88/KH-STP',
      type: 'ke-hoach',
      issuerId: 'so-tu-phap',
      title: 'Kế hoạch phổ biến pháp luật năm 2026',
      issuedOn: '2026-01-05',
      effectiveFrom: null,
    }),
    documentInput({
      number: '12/HD-STP',
      type: 'huong-dan',
      issuerId: 'so-tu-phap',
      title: 'Hướng dẫn hòa giải ở cơ sở',
      issuedOn: '2026-01-12',
      effectiveFrom: null,
    }),
    documentInput({ number: '01/2024/QĐ-UBND', title: 'Quyết định ban hành quy chế mẫu' }),
  ]);
  const instance = await serveInstance(department.app.fetch);

  const t = await sourcesApp();
  const [localId] = await addDocuments(t, [
    documentInput({ number: '01/2024/QĐ-UBND', title: 'Bản nhập tay' }),
  ]);
  const source = await t.addSource({
    name: 'Sở Tư pháp (bản cài đặt riêng)',
    kind: 'instance-ndjson',
    url: instance.exportUrl,
  });

  const first = await t.run(source.id);
  assert.deepEqual(counts(first), [2, 0, 0, 0, 1]);
  const plan = (await t.publicDocument('88/KH-STP'))!;
  assert.deepEqual(
    [plan.type, plan.issuer.id, plan.title],
    ['ke-hoach', 'so-tu-phap', 'Kế hoạch phổ biến pháp luật năm 2026'],
  );
  assert.equal(
    (await t.publicDocument('01/2024/QĐ-UBND'))!.title,
    'Bản nhập tay',
    'the local document stays',
  );
  const conflict = first.log.find((line) => line.outcome === 'conflict')!;
  assert.equal(conflict.documentId, localId);

  const second = await t.run(source.id);
  assert.equal(second.outcome, 'not-modified', 'the export’s ETag is the documents’ data version');

  await department.database.db.transaction().execute(async (trx) => {
    const documents = documentsRepository(trx);
    const current = DocumentInput.parse(toDocumentInput((await documents.getForEditor(planId!))!));
    await documents.update(
      planId!,
      { ...current, title: 'Kế hoạch phổ biến, giáo dục pháp luật năm 2026' },
      department.clock(),
    );
  });
  const versions = await t.database.db
    .selectFrom('documents')
    .select(['id', 'version'])
    .orderBy('id')
    .execute();
  const third = await t.run(source.id);
  assert.deepEqual(counts(third), [0, 1, 1, 0, 1]);
  const after = await t.database.db.selectFrom('documents').select(['id', 'version']).orderBy('id').execute();
  assert.deepEqual(
    after.filter((row, i) => row.version !== versions[i]!.version).map((row) => row.id),
    [plan.id],
  );
  assert.equal(
    (await t.publicDocument('88/KH-STP'))!.title,
    'Kế hoạch phổ biến, giáo dục pháp luật năm 2026',
  );

  const settle = (upstreamId: string, keep: string) =>
    t.call('POST', `/admin/sources/${source.id}/conflicts/resolve`, { upstreamId, keep });
  const conflicts = async () =>
    (await json<SourceConflictList>(await t.call('GET', `/admin/sources/${source.id}/conflicts`))).items;
  // Keep the hand-made document: the conflict goes, and it stays as it is.
  assert.equal((await settle(conflict.upstreamId!, 'local')).status, 204);
  assert.deepEqual(await conflicts(), []);

  // An editor deletes a synchronised document, then it changes upstream: a conflict, not a resurrection.
  assert.equal((await t.call('DELETE', `/admin/documents/${plan.id}`)).status, 204);
  await department.database.db.transaction().execute(async (trx) => {
    const documents = documentsRepository(trx);
    const current = DocumentInput.parse(toDocumentInput((await documents.getForEditor(planId!))!));
    await documents.update(planId!, { ...current, summary: 'Tóm tắt mới.' }, department.clock());
  });
  const fourth = await t.run(source.id);
  assert.deepEqual(counts(fourth), [0, 0, 2, 0, 1]);
  assert.deepEqual(
    (await conflicts()).map((c) => [c.upstreamId, c.documentId]),
    [['so-tu-phap 88/kh-stp', null]],
  );
  assert.equal(await t.publicDocument('88/KH-STP'), undefined);
  assert.equal((await settle('so-tu-phap 88/kh-stp', 'upstream')).status, 204);
  const fifth = await t.run(source.id);
  assert.deepEqual(counts(fifth), [1, 0, 2, 0, 0]);
  assert.equal((await t.publicDocument('88/KH-STP'))!.summary, 'Tóm tắt mới.');
});
