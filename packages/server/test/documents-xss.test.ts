import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { AdminDocument, LegalDocument } from '@pbgdpl/contract';
import { tokensRepository } from '../src/repositories/tokens.ts';
import { REFUSED_XSS_VECTORS, STORABLE_XSS_VECTORS } from '../../../test/security/xss-vectors.ts';
import { documentInput, json, makeDocumentsApp } from './helpers.ts';
import { assertInert } from './xss-support.ts';

const VECTORS = STORABLE_XSS_VECTORS;

const t = await makeDocumentsApp();
const editor = (await tokensRepository(t.database.db).create('Biên tập viên', 'editor', t.clock())).token;
const create = async (input: ReturnType<typeof documentInput>) => {
  const response = await t.app.request('/api/v1/admin/documents', {
    method: 'POST',
    headers: { Authorization: `Bearer ${editor}`, 'Content-Type': 'application/json' },
    body: JSON.stringify(input),
  });
  assert.equal(response.status, 201, await response.clone().text());
  return json<AdminDocument>(response);
};

test(`${VECTORS.length} XSS vectors in the body and material bodies are stored and returned inert`, async () => {
  assert.ok(VECTORS.length >= 100);
  for (const [i, vector] of VECTORS.entries()) {
    const created = await create(
      documentInput({
        number: `${i + 1}/2024/QĐ-UBND`,
        body: `<p>Điều ${i + 1}.</p>${vector}`,
        materials: [{ kind: 'outline', title: 'Đề cương', body: vector, file: null }],
      }),
    );
    const published = await json<LegalDocument>(await t.app.request(`/api/v1/documents/${created.id}`));
    for (const html of [created.body, published.body, published.materials[0]?.body ?? ''])
      assertInert(html, vector);
    const row = await t.database.db
      .selectFrom('documents')
      .select(['body', 'materials'])
      .where('id', '=', created.id)
      .executeTakeFirstOrThrow();
    assertInert(row.body, vector);
    assertInert(row.materials, vector);
  }
});

test('vectors hiding a control character are refused at the door (400) and never stored', async () => {
  assert.ok(REFUSED_XSS_VECTORS.length >= 1);
  for (const [i, vector] of REFUSED_XSS_VECTORS.entries()) {
    const response = await t.app.request('/api/v1/admin/documents', {
      method: 'POST',
      headers: { Authorization: `Bearer ${editor}`, 'Content-Type': 'application/json' },
      body: JSON.stringify(documentInput({ number: `${i + 1}/2025/TỪ-CHỐI`, body: vector })),
    });
    assert.equal(response.status, 400, vector);
    assert.ok((await json<{ errors: object }>(response)).errors, vector);
  }
  const stored = await t.database.db
    .selectFrom('documents')
    .select('id')
    .where('number', 'like', '%/2025/TỪ-CHỐI')
    .execute();
  assert.deepEqual(stored, []);
});

test('the allowlist keeps legal text structure, safe links and mailto', async () => {
  const body =
    '<h2>Chương I</h2><p>Điều 1. <strong>Phạm vi</strong> <em>điều chỉnh</em></p>' +
    '<ol start="2"><li>Khoản 2</li></ol><table><caption>Bảng</caption><tbody><tr><th scope="col">A</th>' +
    '<td colspan="2">B</td></tr></tbody></table><p><a href="https://vbpl.vn/" title="CSDL">vbpl</a> ' +
    '<a href="mailto:sotuphap@tayninh.gov.vn">thư</a> <a href="/api/v1/documents/1">nội bộ</a></p>';
  const created = await create(documentInput({ number: 'Không số', body }));
  assert.equal(created.body, body);
});

test('plain-text fields (title, summary, attachment and material names) come back as the text sent', async () => {
  for (const vector of VECTORS.slice(0, 12)) {
    const created = await create(
      documentInput({
        number: 'Không số',
        title: `Tiêu đề ${vector}`,
        summary: vector,
        attachments: [{ name: vector, url: '/media/van-ban.pdf', mediaType: 'application/pdf', size: 10 }],
        materials: [
          {
            kind: 'press-release',
            title: vector,
            body: null,
            file: { name: vector, url: 'https://example.org/a.pdf', mediaType: 'application/pdf', size: 1 },
          },
        ],
      }),
    );
    const published = await json<LegalDocument>(await t.app.request(`/api/v1/documents/${created.id}`));
    assert.equal(published.title, `Tiêu đề ${vector}`.normalize('NFC').trim());
    assert.equal(published.summary, vector.trim());
    assert.equal(published.attachments[0]?.name, vector.trim());
    assert.equal(published.materials[0]?.title, vector.trim());
    assert.equal(published.materials[0]?.file?.name, vector.trim());
  }
});

test('javascript: and data: URLs are refused in attachment and relation links (400), not stored', async () => {
  const response = await t.app.request('/api/v1/admin/documents', {
    method: 'POST',
    headers: { Authorization: `Bearer ${editor}`, 'Content-Type': 'application/json' },
    body: JSON.stringify(
      documentInput({
        attachments: [{ name: 'x', url: 'javascript:alert(1)', mediaType: 'application/pdf', size: 1 }],
        relations: [{ type: 'amends', targetNumber: '1/2020/QĐ-UBND', targetUrl: 'data:text/html,x' }],
      }),
    ),
  });
  assert.equal(response.status, 400);
  const errors = Object.keys((await json<{ errors: object }>(response)).errors);
  assert.ok(errors.includes('attachments.0.url') && errors.includes('relations.0.targetUrl'), errors.join());
});
