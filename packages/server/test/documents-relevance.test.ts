import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { DocumentPage } from '@pbgdpl/contract';
import { relevanceCases } from './fixtures/relevance-queries.ts';
import { json, makeApp } from './helpers.ts';

test('every relevance case finds its document in the top 3 of the seeded database', async () => {
  const { app } = await makeApp();
  const failures: string[] = [];
  for (const { query, filters, expectNumber, note } of relevanceCases) {
    const params = new URLSearchParams({ ...filters, q: query, pageSize: '3' });
    const page = await json<DocumentPage>(await app.request(`/api/v1/documents?${params}`));
    const top = page.items.map((item) => item.number);
    if (!top.includes(expectNumber)) {
      failures.push(
        `  ${JSON.stringify(query)} ${JSON.stringify(filters ?? {})} → ${JSON.stringify(top)}, want ${expectNumber} (${note})`,
      );
    }
  }
  if (failures.length > 0)
    console.log(`Relevance failures (${failures.length}/${relevanceCases.length}):\n${failures.join('\n')}`);
  assert.equal(failures.length, 0, `${failures.length} of ${relevanceCases.length} cases missed the top 3`);
});
