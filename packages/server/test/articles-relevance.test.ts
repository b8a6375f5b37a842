import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { ArticlePage } from '@pbgdpl/contract';
import { articleRelevanceCases } from './fixtures/article-relevance-queries.ts';
import { json, makeApp } from './helpers.ts';

test('every article relevance case finds its article in the top 3 of the demo articles', async () => {
  const { app } = await makeApp();
  assert.ok(articleRelevanceCases.length >= 30);
  const failures: string[] = [];
  for (const { query, filters, expectSlug, note } of articleRelevanceCases) {
    const params = new URLSearchParams({ ...filters, q: query, pageSize: '3' });
    const page = await json<ArticlePage>(await app.request(`/api/v1/articles?${params}`));
    const top = page.items.map((item) => item.slug);
    if (!top.includes(expectSlug))
      failures.push(
        `  ${JSON.stringify(query)} ${JSON.stringify(filters ?? {})} → ${JSON.stringify(top)}, want ${expectSlug} (${note})`,
      );
    else if (
      !page.items.every(
        (item) => item.highlight?.title.includes('<mark>') || item.highlight?.snippet?.includes('<mark>'),
      )
    )
      failures.push(`  ${JSON.stringify(query)}: a result has no marked match`);
  }
  if (failures.length > 0)
    console.log(
      `Relevance failures (${failures.length}/${articleRelevanceCases.length}):\n${failures.join('\n')}`,
    );
  assert.equal(
    failures.length,
    0,
    `${failures.length} of ${articleRelevanceCases.length} cases missed the top 3`,
  );
});
