import assert from 'node:assert/strict';
import { test } from 'node:test';
import { type AdminDocument, DocumentInput, type ImportReport } from '@pbgdpl/contract';
import { tokensRepository } from '../src/repositories/tokens.ts';
import { addDocuments, documentInput, json, makeDocumentsApp } from './helpers.ts';

interface LineSchema {
  $schema: string;
  type: string;
  required: string[];
  properties: Record<string, { enum?: string[] }>;
}

const exported = async (t: Awaited<ReturnType<typeof makeDocumentsApp>>, init?: RequestInit) =>
  t.app.request('/api/v1/documents/export.ndjson', init);
const linesOf = (text: string) =>
  text
    .trimEnd()
    .split('\n')
    .map((line) => JSON.parse(line) as Record<string, unknown>);

test('the public NDJSON export: published documents only, in the import format, described by its JSON Schema', async () => {
  const t = await makeDocumentsApp();
  await addDocuments(t, [
    documentInput({
      number: '05/2026/QĐ-UBND',
      title: 'Quy định về quản lý chợ',
      effectiveFrom: '2026-01-01',
      relations: [{ type: 'replaces', direction: 'active', targetNumber: '01/2024/QĐ-UBND' }],
    }),
    documentInput({
      number: '01/2024/QĐ-UBND',
      title: 'Quy chế mẫu',
      effectiveTo: '2025-12-31',
      status: 'expired',
    }),
    documentInput({ number: '09/2026/QĐ-UBND', title: 'Bản nháp chưa đăng', published: false }),
  ]);

  const response = await exported(t);
  assert.equal(response.status, 200);
  assert.equal(response.headers.get('Content-Type'), 'application/x-ndjson; charset=utf-8');
  assert.equal(response.headers.get('Link'), '</api/v1/schemas/document-line.json>; rel="describedby"');
  const lines = linesOf(await response.text());
  assert.deepEqual(
    lines.map((line) => line.number),
    ['05/2026/QĐ-UBND', '01/2024/QĐ-UBND'],
    'the draft stays home',
  );
  for (const line of lines) assert.ok(DocumentInput.safeParse(line).success, JSON.stringify(line));
  assert.deepEqual(lines[0]?.relations, [
    {
      type: 'replaces',
      direction: 'active',
      targetNumber: '01/2024/QĐ-UBND',
      targetTitle: null,
      targetUrl: null,
    },
  ]);

  const schemaResponse = await t.app.request('/api/v1/schemas/document-line.json');
  assert.equal(schemaResponse.headers.get('Content-Type'), 'application/schema+json; charset=utf-8');
  const schema = await json<LineSchema>(schemaResponse);
  assert.equal(schema.$schema, 'https://json-schema.org/draft/2020-12/schema');
  assert.ok(schema.properties.type?.enum?.includes('van-ban-hop-nhat'));
  assert.ok(schema.properties.status?.enum?.includes('partly-expired'));
  for (const line of lines) {
    for (const key of schema.required) assert.ok(key in line, `${String(line.number)} lacks ${key}`);
    for (const key of Object.keys(line)) assert.ok(key in schema.properties, `${key} is not in the schema`);
  }
});

test('the export revalidates by the documents’ version, and another instance imports it as it is', async () => {
  const source = await makeDocumentsApp();
  await addDocuments(source, [
    documentInput({ number: '05/2026/QĐ-UBND', title: 'Quy định về quản lý chợ' }),
  ]);
  const first = await exported(source);
  const etag = first.headers.get('ETag') ?? '';
  const body = await first.text();
  assert.equal((await exported(source, { headers: { 'If-None-Match': etag } })).status, 304);
  await addDocuments(source, [documentInput({ number: '06/2026/QĐ-UBND', title: 'Quy định về bến xe' })]);
  const changed = await exported(source, { headers: { 'If-None-Match': etag } });
  assert.equal(changed.status, 200, 'a write moves the ETag');
  assert.equal(linesOf(await changed.text()).length, 2);

  const target = await makeDocumentsApp();
  const admin = (await tokensRepository(target.database.db).create('Quản trị', 'admin', target.clock()))
    .token;
  const report = await json<ImportReport>(
    await target.app.request('/api/v1/admin/documents/import', {
      method: 'POST',
      headers: { Authorization: `Bearer ${admin}`, 'Content-Type': 'application/x-ndjson' },
      body,
    }),
  );
  assert.deepEqual([report.created, report.rejected], [1, []]);
  const copy = await json<{ items: AdminDocument[] }>(
    await target.app.request('/api/v1/admin/documents', { headers: { Authorization: `Bearer ${admin}` } }),
  );
  assert.deepEqual(
    copy.items.map((d) => [d.number, d.title, d.status]),
    [['05/2026/QĐ-UBND', 'Quy định về quản lý chợ', 'in-force']],
  );
});

test('OpenAPI: every operation says who may call it; the exchange routes are listed', async () => {
  const t = await makeDocumentsApp();
  const doc = await json<{ paths: Record<string, Record<string, { security?: unknown[] }>> }>(
    await t.app.request('/api/v1/openapi.json'),
  );
  const operations = Object.entries(doc.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, op]) => ({ name: `${method} ${path}`, security: op.security })),
  );
  for (const op of operations) assert.ok(Array.isArray(op.security), `${op.name} does not declare security`);
  for (const path of ['/documents/feed.xml', '/documents/export.ndjson', '/schemas/document-line.json'])
    assert.deepEqual(doc.paths[path]?.get?.security, [], path);
  assert.deepEqual(doc.paths['/admin/documents']?.get?.security, [{ bearer: [] }]);
});
