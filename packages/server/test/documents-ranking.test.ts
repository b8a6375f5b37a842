import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { DocumentPage } from '@pbgdpl/contract';
import { addDocuments, documentInput, json, makeDocumentsApp } from './helpers.ts';

const t = await makeDocumentsApp();
const filler = '<p>Các cơ quan, đơn vị tổ chức thực hiện theo quy định hiện hành của pháp luật.</p>';
await addDocuments(t, [
  documentInput({ number: '4/2022/QĐ-UBND', title: 'Quy định khác', body: `${filler}<p>Về lúa gạo.</p>` }),
  documentInput({ number: '3/2022/QĐ-UBND', title: 'Quy định khác', summary: 'Về lúa gạo.', body: filler }),
  documentInput({ number: '2/2022/QĐ-UBND', title: 'Quy định về lúa gạo', body: filler }),
  documentInput({
    number: '1/2022/QĐ-UBND',
    title: 'Quy định thay thế Quyết định 9/2022/QĐ-UBND',
    body: filler,
  }),
  documentInput({ number: '9/2022/QĐ-UBND', title: 'Quy định gốc', body: filler }),
]);

const numbers = async (q: string) =>
  (await json<DocumentPage>(await t.app.request(`/api/v1/documents?q=${encodeURIComponent(q)}`))).items.map(
    (i) => i.number,
  );

test('a word in the title ranks above the summary, the summary above the body', async () => {
  assert.deepEqual(await numbers('lúa gạo'), ['2/2022/QĐ-UBND', '3/2022/QĐ-UBND', '4/2022/QĐ-UBND']);
});

test('a number match ranks above the same number quoted in a title', async () => {
  assert.deepEqual(await numbers('9/2022/qđ-ubnd'), ['9/2022/QĐ-UBND', '1/2022/QĐ-UBND']);
});
