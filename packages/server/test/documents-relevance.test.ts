import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { DocumentPage } from '@pbgdpl/contract';
import { relevanceCases } from './fixtures/relevance-queries.ts';
import { noSuggestionCases, typoCases } from './fixtures/typo-queries.ts';
import { json, makeApp } from './helpers.ts';

test('every relevance case finds its document in the top 3 (or first) of the seeded database', async () => {
  const { app } = await makeApp();
  const failures: string[] = [];
  for (const { query, filters, expectNumber, first, note } of relevanceCases) {
    const params = new URLSearchParams({ ...filters, q: query, pageSize: first ? '1' : '3' });
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
  assert.equal(
    failures.length,
    0,
    `${failures.length} of ${relevanceCases.length} cases missed the top 3 (or first)`,
  );
});

test('a typo finds nothing, the answer suggests the corrected query, and that finds the document', async () => {
  const { app } = await makeApp();
  const failures: string[] = [];
  const search = async (q: string, filters: Record<string, string> = {}) =>
    json<DocumentPage>(
      await app.request(`/api/v1/documents?${new URLSearchParams({ ...filters, q, pageSize: '3' })}`),
    );
  for (const { query, filters, suggestion, expectNumber, note } of typoCases) {
    const strict = await search(query, filters);
    const found = strict.suggestion ? await search(strict.suggestion.q, filters) : null;
    const top = found?.items.map((item) => item.number) ?? [];
    if (strict.total !== 0 || strict.suggestion?.q !== suggestion || !top.includes(expectNumber)) {
      failures.push(
        `  ${JSON.stringify(query)} → ${strict.total} found, suggestion ${JSON.stringify(strict.suggestion)} → ${JSON.stringify(top)}; want ${JSON.stringify(suggestion)} → ${expectNumber} (${note})`,
      );
    } else if (found?.total !== strict.suggestion.total) {
      failures.push(
        `  ${JSON.stringify(query)}: the suggestion says ${strict.suggestion.total}, finds ${found?.total}`,
      );
    }
  }
  for (const query of noSuggestionCases) {
    const page = await search(query);
    if (page.suggestion)
      failures.push(`  ${JSON.stringify(query)} → unwanted ${JSON.stringify(page.suggestion)}`);
  }
  if (failures.length > 0) console.log(`Suggestion failures (${failures.length}):\n${failures.join('\n')}`);
  assert.equal(failures.length, 0);
});
