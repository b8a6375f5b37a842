import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Article, DocumentPage, LegalDocument } from '@pbgdpl/contract';
import { articlesRepository } from '../src/repositories/articles.ts';
import { unitsRepository } from '../src/repositories/units.ts';
import { addDocuments, documentInput, json, makeDocumentsApp } from './helpers.ts';

/** Old items of a unit gone in the 2025 reform name who took over its work ("nay là …"). */
test('a former issuer and a former author unit come with their successors, in order; current ones with none', async () => {
  const t = await makeDocumentsApp();
  const units = unitsRepository(t.database.db);
  // A district's work went to a commune and to the province, in that order.
  const district = (await units.all()).find((u) => u.id === 'huyen-duc-hoa')!;
  await t.database.db.transaction().execute(async (trx) => {
    await unitsRepository(trx).put({ ...district, successorIds: ['xa-duc-hoa', 'tay-ninh'] });
  });
  const [old, current] = await addDocuments(t, [
    documentInput({ number: '12/2019/QĐ-UBND', issuerId: 'huyen-duc-hoa', issuedOn: '2019-05-02' }),
    documentInput({ number: '03/2026/QĐ-UBND', issuerId: 'tay-ninh', issuedOn: '2026-01-05' }),
  ]);
  const names = (successors: Array<{ id: string; name: string }>) => successors.map((s) => [s.id, s.name]);

  const detail = await json<LegalDocument>(await t.app.request(`/api/v1/documents/${old}`));
  assert.equal(detail.issuer.validTo, '2025-06-30');
  assert.deepEqual(names(detail.issuer.successors), [
    ['xa-duc-hoa', 'Xã Đức Hòa'],
    ['tay-ninh', 'Ủy ban nhân dân tỉnh Tây Ninh'],
  ]);
  const page = await json<DocumentPage>(await t.app.request('/api/v1/documents'));
  assert.deepEqual(
    names(page.items.find((d) => d.id === old)!.issuer.successors),
    names(detail.issuer.successors),
  );
  assert.deepEqual(page.items.find((d) => d.id === current)!.issuer.successors, []);

  const article = await t.database.db.transaction().execute((trx) =>
    articlesRepository(trx).create(
      {
        title: 'Sở Tư pháp tỉnh Long An tổ chức Ngày Pháp luật 2024',
        slug: null,
        summary: '',
        body: '<p>Nội dung.</p>',
        category: 'hoat-dong-don-vi',
        unitId: 'so-tu-phap-long-an',
        fields: [],
        audiences: [],
        authorName: null,
        publishedAt: '2024-11-09T02:00:00.000Z',
        pinned: false,
        featured: false,
        event: null,
        materialFormat: null,
        cover: null,
        attachments: [],
        relatedDocuments: [],
      },
      t.clock(),
      'published',
    ),
  );
  const shown = await json<Article>(await t.app.request(`/api/v1/articles/${article.id}`));
  assert.deepEqual(names(shown.unit.successors), [['so-tu-phap', 'Sở Tư pháp tỉnh Tây Ninh']]);
});
