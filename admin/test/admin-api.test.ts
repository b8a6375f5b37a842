import { expect, waitUntil } from '@open-wc/testing';
import { ApiError } from '@pbgdpl/core';
import { consoleClient } from '../src/console-client.ts';
import { ADMIN_TOKEN, api, mountConsole, root, signedIn, view } from './helpers.ts';

const client = (token = ADMIN_TOKEN, lang = 'vi', onUnauthorized = () => {}) =>
  consoleClient({ api, token, lang: () => lang, onUnauthorized });

describe("the console's API client", () => {
  it('sends the bearer token and turns a problem into per-field errors', async () => {
    expect((await client().send('me', {})).role).to.equal('admin');
    const error = await client()
      .send('adminBannerCreate', {
        body: {
          title: '',
          alt: 'x',
          href: 'ftp://x',
          image: { url: 'x', width: 0, height: 1 },
          placement: 'sidebar',
        },
      })
      .catch((e: unknown) => e);
    expect(error).to.be.instanceOf(ApiError);
    const failure = error as ApiError;
    expect(failure.status).to.equal(400);
    expect(failure.errors).to.include.keys('title', 'href', 'image.width');
  });

  it('reports a 401 to its owner', async () => {
    let told = 0;
    const error = (await client('nope-nope-nope-nope-nope-nope', 'vi', () => told++)
      .send('me', {})
      .catch((e: unknown) => e)) as ApiError;
    expect(error.status).to.equal(401);
    expect(told).to.equal(1);
  });

  it('answers in English when asked', async () => {
    const error = (await client(ADMIN_TOKEN, 'en')
      .send('adminBannerCreate', {
        body: {
          title: '',
          alt: 'x',
          href: 'https://x.vn/',
          image: { url: '/x.svg', width: 1, height: 1 },
          placement: 'sidebar',
        },
      })
      .catch((e: unknown) => e)) as ApiError;
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
