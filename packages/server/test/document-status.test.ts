import assert from 'node:assert/strict';
import { test } from 'node:test';
import { type DocumentPage, DocumentInput, type LegalDocument } from '@pbgdpl/contract';
import { statusOn, vietnamDay } from '../src/documents/status.ts';
import { dataVersionsRepository } from '../src/repositories/data-versions.ts';
import { DOCUMENTS_VERSION } from '../src/search/catalog.ts';
import { addDocuments, documentInput, json, makeApp } from './helpers.ts';

const undated = { statusExplicit: false, effectiveFrom: null, effectiveTo: null } as const;

test('the day turns at midnight in Vietnam, whatever the server’s time zone', () => {
  assert.equal(vietnamDay(new Date('2026-11-30T16:59:59Z')), '2026-11-30');
  assert.equal(vietnamDay(new Date('2026-11-30T17:00:00Z')), '2026-12-01');
});

test('the dates give the status unless an editor set it', () => {
  const dated = { status: 'not-yet-in-force', statusExplicit: false, effectiveFrom: '2026-12-01' } as const;
  assert.equal(statusOn({ ...dated, effectiveTo: null }, '2026-11-30'), 'not-yet-in-force');
  assert.equal(statusOn({ ...dated, effectiveTo: null }, '2026-12-01'), 'in-force');
  assert.equal(statusOn({ ...dated, effectiveTo: '2026-12-31' }, '2026-12-31'), 'in-force');
  assert.equal(statusOn({ ...dated, effectiveTo: '2026-12-31' }, '2027-01-01'), 'expired');
  assert.equal(
    statusOn(
      { ...dated, status: 'partly-expired', statusExplicit: true, effectiveTo: '2026-12-31' },
      '2027-01-01',
    ),
    'partly-expired',
  );
  assert.equal(statusOn({ ...undated, status: 'in-force' }, '2030-01-01'), 'in-force');
});

test('a status the dates cannot give, or one set by hand, needs the flag and a reason', () => {
  const issues = (input: Partial<DocumentInput>) =>
    DocumentInput.safeParse(documentInput(input)).error?.issues.map((issue) => issue.path.join('.')) ?? [];
  assert.deepEqual(issues({ status: 'suspended' }), ['statusExplicit']);
  assert.deepEqual(issues({ status: 'expired', statusExplicit: true }), ['statusReason']);
  assert.deepEqual(
    issues({ status: 'partly-expired', statusExplicit: true, statusReason: 'Điều 3 bị bãi bỏ' }),
    [],
  );
});

test('moving the clock past effectiveFrom and effectiveTo moves the public status everywhere', async () => {
  const t = await makeApp();
  const get = (path: string, init?: RequestInit) => t.app.request(`/api/v1${path}`, init);
  t.clock.set('2026-03-02T02:00:00Z'); // published after the seed: first in the feed
  await addDocuments(t, [
    documentInput({
      number: '31/2026/QĐ-UBND',
      title: 'Quy định tạm thời về bến khách ngang sông mùa lũ',
      effectiveFrom: '2026-02-01',
      effectiveTo: '2026-12-01',
      status: 'in-force',
    }),
    documentInput({
      number: '32/2026/QĐ-UBND',
      title: 'Quy định tạm thời về chợ đêm',
      effectiveFrom: '2026-02-01',
      effectiveTo: '2026-12-01',
      status: 'partly-expired',
      statusExplicit: true,
      statusReason: 'Điều 4 bị bãi bỏ bởi 40/2026/QĐ-UBND.',
      statusSince: '2026-06-01',
    }),
  ]);
  const byNumber = async (number: string) =>
    (await json<DocumentPage>(await get(`/documents?q=${encodeURIComponent(number)}`))).items[0];
  const detailOf = async (number: string) =>
    json<LegalDocument>(await get(`/documents/${(await byNumber(number))?.id}`));
  const statusFacet = async () =>
    Object.fromEntries(
      (await json<DocumentPage>(await get('/documents?pageSize=1'))).facets.status.map((f) => [
        f.value,
        f.count,
      ]),
    );
  const feedEntry = async (number: string) => {
    const feed = await (await get('/documents/feed.xml')).text();
    return feed.split('<entry>').find((entry) => entry.includes(`<title>${number} `)) ?? '';
  };

  // Seeded on 01/03/2026: the resolution the issue measured is not yet in force.
  assert.equal((await byNumber('06/2026/NQ-HĐND'))?.status, 'not-yet-in-force');
  assert.equal((await detailOf('21/2026/QĐ-UBND')).status, 'not-yet-in-force');
  assert.equal((await detailOf('31/2026/QĐ-UBND')).statusSince, '2026-02-01');
  const facetBefore = await statusFacet();
  const listBefore = await get('/documents?status=in-force&pageSize=100');
  const etagBefore = listBefore.headers.get('ETag') ?? '';
  const versionBefore = await dataVersionsRepository(t.database.db).current(DOCUMENTS_VERSION);

  // 00:30 on 01/12/2026 in Vietnam is still 30/11 in UTC.
  t.clock.set('2026-11-30T17:30:00Z');
  const resolution = await detailOf('06/2026/NQ-HĐND');
  assert.deepEqual([resolution.status, resolution.statusSince], ['in-force', '2026-12-01']);
  assert.equal((await byNumber('21/2026/QĐ-UBND'))?.status, 'in-force');
  assert.ok(
    (await dataVersionsRepository(t.database.db).current(DOCUMENTS_VERSION)) > versionBefore,
    'the data version moved, so caches keyed on it drop what they held',
  );
  const revalidated = await get('/documents?status=in-force&pageSize=100', {
    headers: { 'If-None-Match': etagBefore },
  });
  assert.equal(revalidated.status, 200, 'the old ETag no longer matches');
  const facetAfter = await statusFacet();
  assert.ok((facetAfter['in-force'] ?? 0) > (facetBefore['in-force'] ?? 0));
  assert.ok((facetAfter['not-yet-in-force'] ?? 0) < (facetBefore['not-yet-in-force'] ?? 0));
  assert.match(await feedEntry('06/2026/NQ-HĐND'), /term="in-force"/);

  // The day after effectiveTo (its last day in force).
  t.clock.set('2026-12-01T17:00:00Z');
  const expired = await detailOf('31/2026/QĐ-UBND');
  assert.deepEqual([expired.status, expired.statusSince], ['expired', '2026-12-02']);
  const entry = await feedEntry('31/2026/QĐ-UBND');
  assert.match(entry, /term="expired"/);
  assert.match(entry, /<updated>2026-12-01T17:00:00.000Z<\/updated>/, 'the entry says it changed');
  const kept = await detailOf('32/2026/QĐ-UBND');
  assert.deepEqual(
    [kept.status, kept.statusExplicit, kept.statusReason, kept.statusSince],
    ['partly-expired', true, 'Điều 4 bị bãi bỏ bởi 40/2026/QĐ-UBND.', '2026-06-01'],
    'set by hand: the dates do not move it',
  );
});
