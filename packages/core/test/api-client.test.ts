import { expect } from '@open-wc/testing';
import { ApiClient, ApiError } from '../src/index.ts';
import { forgetAllGood, rememberGood } from '../src/last-good.ts';

const api = `${location.origin}/api/v1`;
const outage = (mode: string) => `${location.origin}/outage/${mode}/api/v1`;

function requestsTo(fragment: string): number {
  return performance.getEntriesByType('resource').filter((entry) => entry.name.includes(fragment)).length;
}

describe('ApiClient against the real API', () => {
  beforeEach(() => forgetAllGood());

  it('reads JSON from the API', async () => {
    const result = await new ApiClient(api).get('site', {});
    expect(result.stale).to.equal(false);
    expect(result.data.name).to.be.a('string').and.not.empty;
  });

  it('shares one request between identical GETs in flight', async () => {
    const client = new ApiClient(api);
    const marker = `dedupe-${Date.now()}`;
    const before = requestsTo(marker);
    const results = await Promise.all(
      [1, 2, 3].map(() => client.get('banners', { query: { placement: 'sidebar', unit: marker } })),
    );
    expect(results.map((r) => r.stale)).to.deep.equal([false, false, false]);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(requestsTo(marker) - before).to.equal(1);
  });

  it('lets one caller abort without cancelling the others', async () => {
    const client = new ApiClient(api);
    const leaving = new AbortController();
    const query = { placement: 'square' as const, unit: `abort-${Date.now()}` };
    const first = client.get('banners', { query }, { signal: leaving.signal });
    const second = client.get('banners', { query });
    leaving.abort();
    const error = await first.catch((e: unknown) => e);
    expect(error).to.be.instanceOf(ApiError);
    expect((error as ApiError).kind).to.equal('aborted');
    expect((await second).stale).to.equal(false);
  });

  it('starts a new fetch for a caller arriving just after the last one left', async () => {
    const client = new ApiClient(api);
    const leaving = new AbortController();
    const query = { placement: 'square' as const, unit: `rejoin-${Date.now()}` };
    const first = client.get('banners', { query }, { signal: leaving.signal });
    leaving.abort(); // the only caller leaves: the shared fetch is aborted
    const next = client.get('banners', { query }); // same tick, same URL (a widget re-added)
    expect(((await first.catch((e: unknown) => e)) as ApiError).kind).to.equal('aborted');
    expect((await next).stale).to.equal(false);
  });

  it('retries a failing GET and then succeeds', async () => {
    const result = await new ApiClient(outage('flaky')).get('banners', {
      query: { placement: 'leaderboard', unit: `flaky-${Date.now()}` },
    });
    expect(result.data.items).to.be.an('array');
  });

  it('serves the last good response, marked stale, while the API is down', async () => {
    const client = new ApiClient(outage('down'), { retries: 0 });
    rememberGood(client.routeUrl('site', {}), { name: 'Đã lưu' });
    const result = await client.get('site', {});
    expect(result).to.deep.equal({ data: { name: 'Đã lưu' }, stale: true });
  });

  it('names each failure: network, timeout, server error, bad JSON, client error with problem', async () => {
    const kind = (client: ApiClient) =>
      client.get('site', {}).then(
        () => 'ok',
        (e: ApiError) => e.kind,
      );
    expect(await kind(new ApiClient(outage('down'), { retries: 0 }))).to.equal('network');
    expect(await kind(new ApiClient(outage('slow'), { retries: 0, timeout: 300 }))).to.equal('timeout');
    expect(await kind(new ApiClient(outage('500'), { retries: 0 }))).to.equal('http');
    expect(await kind(new ApiClient(outage('malformed'), { retries: 0 }))).to.equal('parse');
    const error = (await new ApiClient(api)
      // A value the contract does not list, as an old or hand-made page might send.
      .get('banners', { query: { placement: 'wide' as 'sidebar' } })
      .catch((e: unknown) => e)) as ApiError;
    expect(error.status).to.equal(400);
    expect(error.problem?.errors).to.have.property('placement');
  });

  it('sends a write once, never retried, with its problem and field messages', async () => {
    const client = new ApiClient(outage('flaky'));
    const path = '/outage/flaky/api/v1/events';
    const before = requestsTo(path);
    const error = (await client
      .send('events', { body: { pageViewId: `once-${Date.now()}`, events: [] } })
      .catch((e: unknown) => e)) as ApiError;
    expect(error.status, 'the flaky route fails the first request').to.equal(503);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(requestsTo(path) - before, 'a write is not repeated behind the caller').to.equal(1);
    const refused = (await new ApiClient(api)
      .send('events', { body: { pageViewId: 'short', events: [] } })
      .catch((e: unknown) => e)) as ApiError;
    expect(refused.status).to.equal(400);
    expect(Object.keys(refused.errors)).to.include.members(['pageViewId', 'events']);
  });

  it('builds every path from the route table', () => {
    const client = new ApiClient(`${api}/`);
    expect(client.routeUrl('documentGet', { params: { id: 12 } })).to.equal(`${api}/documents/12`);
    expect(client.routeUrl('questionStatus', { params: { code: 'HD-ABCDEFGH' } })).to.equal(
      `${api}/questions/status/HD-ABCDEFGH`,
    );
    expect(client.routeUrl('documents', { query: { q: 'đất', page: 2, type: undefined } })).to.equal(
      `${api}/documents?page=2&q=%C4%91%E1%BA%A5t`,
    );
  });
});
