import { expect, waitUntil } from '@open-wc/testing';
import { AdminApi, AdminApiError } from '../src/admin-api.ts';
import { ADMIN_TOKEN, api, mountConsole, root, signedIn, view } from './helpers.ts';

describe('admin API client', () => {
  it('sends the bearer token and turns a problem into per-field errors', async () => {
    const client = new AdminApi({ baseUrl: api, token: ADMIN_TOKEN });
    expect((await client.me()).role).to.equal('admin');
    const error = await client
      .createBanner({
        title: '',
        alt: 'x',
        href: 'ftp://x',
        image: { url: 'x', width: 0, height: 1 },
        placement: 'sidebar',
      })
      .catch((e: unknown) => e);
    expect(error).to.be.instanceOf(AdminApiError);
    const failure = error as AdminApiError;
    expect(failure.status).to.equal(400);
    expect(failure.errors).to.include.keys('title', 'href', 'image.width');
  });

  it('reports a 401 to its owner', async () => {
    let told = 0;
    const client = new AdminApi({
      baseUrl: api,
      token: 'nope-nope-nope-nope-nope-nope',
      onUnauthorized: () => told++,
    });
    const error = (await client.me().catch((e: unknown) => e)) as AdminApiError;
    expect(error.status).to.equal(401);
    expect(told).to.equal(1);
  });

  it('answers in English when asked', async () => {
    const client = new AdminApi({ baseUrl: api, token: ADMIN_TOKEN, lang: () => 'en' });
    const error = (await client
      .createBanner({
        title: '',
        alt: 'x',
        href: 'https://x.vn/',
        image: { url: '/x.svg', width: 1, height: 1 },
        placement: 'sidebar',
      })
      .catch((e: unknown) => e)) as AdminApiError;
    expect(error.status).to.equal(400);
    expect(error.problem?.title).to.not.match(/[ăâđêôơư]/i);
  });

  it('a 401 during work returns the console to sign-in with a message', async () => {
    const app = await mountConsole();
    await signedIn(app);
    const realFetch = window.fetch;
    window.fetch = async (input, init) => {
      const url = input instanceof Request ? input.url : String(input);
      if (url.includes('/api/v1/admin/'))
        return new Response(JSON.stringify({ type: 'about:blank', title: 'Unauthorized', status: 401 }), {
          status: 401,
          headers: { 'Content-Type': 'application/problem+json' },
        });
      return realFetch(input, init);
    };
    try {
      location.hash = '#/banners';
      await waitUntil(() => view(app)?.localName === 'pbgdpl-admin-sign-in', 'not back at sign-in', {
        timeout: 5000,
      });
      const signIn = view(app);
      await waitUntil(() => root(signIn).textContent?.includes('đăng nhập lại'), 'no message');
      expect(sessionStorage.getItem('pbgdpl-admin-token')).to.equal(null);
    } finally {
      window.fetch = realFetch;
      history.replaceState(null, '', location.pathname);
      app.remove();
    }
  });
});
