import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import { DocumentInput, type DocumentPage } from '@pbgdpl/contract';
import { openDatabase } from '../src/db/connection.ts';
import { documentsRepository } from '../src/repositories/documents.ts';
import { documentInput, json, makeDocumentsApp } from './helpers.ts';

test('a write by another process on the same database shows in the next search and its facets', async () => {
  const t = await makeDocumentsApp();
  const other = openDatabase(t.config.database);
  after(() => other.close());
  const search = async () =>
    json<DocumentPage>(await t.app.request(`/api/v1/documents?q=${encodeURIComponent('tiến trình')}`));
  const browse = async () => json<DocumentPage>(await t.app.request('/api/v1/documents'));
  assert.equal((await search()).total, 0);
  assert.equal((await browse()).total, 0);

  const id = await other.db
    .transaction()
    .execute((trx) =>
      documentsRepository(trx).insert(
        DocumentInput.parse(
          documentInput({ number: '07/CT-UBND', title: 'Ghi từ tiến trình khác', type: 'chi-thi' }),
        ),
        t.clock(),
      ),
    );
  const found = await search();
  assert.deepEqual(
    found.items.map((i) => i.id),
    [id],
  );
  assert.deepEqual(found.facets.type, [{ value: 'chi-thi', count: 1 }]);
  assert.equal((await browse()).total, 1);

  await other.db.transaction().execute((trx) => documentsRepository(trx).remove(id));
  assert.equal((await search()).total, 0);
  assert.deepEqual((await browse()).facets.type, []);
});
