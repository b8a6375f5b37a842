import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { VIDEO_CATEGORIES } from '@pbgdpl/contract/values';
import '@pbgdpl/video-gallery';
import { ADMIN_TOKEN, api, go, mountConsole, root, signIn, view } from './helpers.ts';

/**
 * One value list, one file: the video categories of `packages/contract/src/values.ts` are what
 * the server accepts, what OpenAPI publishes, what the widget offers and reads from an address,
 * and what the console offers, each with a label in both languages. Adding a category there is
 * all it takes; this test names whichever of them would lag behind.
 */
const optionValues = (select: HTMLSelectElement | null) =>
  [...(select?.options ?? [])].map((option) => option.value).filter(Boolean);

describe('a value list (video categories) drives every side from one file', function () {
  this.timeout(20_000);

  it('OpenAPI publishes it and the server accepts exactly it', async () => {
    const openApi = (await (await fetch(`${api}/openapi.json`)).json()) as {
      components: { schemas: Record<string, { properties: { category: { enum: string[] } } }> };
    };
    expect(openApi.components.schemas['VideoInput']!.properties.category.enum).to.deep.equal([
      ...VIDEO_CATEGORIES,
    ]);
    const post = (category: string) =>
      fetch(`${api}/admin/videos`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${ADMIN_TOKEN}`, 'Content-Type': 'application/json' },
        body: JSON.stringify({
          title: `Thể loại ${category}`,
          category,
          publishedAt: '2026-02-20T02:00:00Z',
          durationSeconds: 60,
          poster: { url: '/media/videos/poster.jpg', width: 480, height: 270 },
          youtubeId: 'dQw4w9WgXcQ',
          published: false,
        }),
      });
    for (const category of VIDEO_CATEGORIES) expect((await post(category)).status, category).to.equal(201);
    const refused = await post('khong-co');
    expect(refused.status).to.equal(400);
    expect(((await refused.json()) as { errors: object }).errors).to.have.property('category');
  });

  it('the widget offers it, labels it, and reads it from the page address', async () => {
    history.replaceState(null, '', `${location.pathname}?vd-cat=${VIDEO_CATEGORIES.at(-1)}`);
    try {
      const gallery = await fixture<HTMLElement>(
        html`<pbgdpl-video-gallery api=${api}></pbgdpl-video-gallery>`,
      );
      await waitUntil(() => gallery.shadowRoot?.querySelector('#category'), 'no category filter');
      const select = gallery.shadowRoot!.querySelector<HTMLSelectElement>('#category')!;
      expect(optionValues(select)).to.deep.equal([...VIDEO_CATEGORIES]);
      expect(select.value, 'read from ?vd-cat=').to.equal(VIDEO_CATEGORIES.at(-1));
      for (const option of select.options) expect(option.textContent?.trim()).to.not.match(/^category\./);
    } finally {
      history.replaceState(null, '', location.pathname);
    }
  });

  it('the console offers it, with Vietnamese labels', async () => {
    const app = await mountConsole();
    await signIn(app);
    await waitUntil(() => view(app)?.localName === 'pbgdpl-admin-my-work', 'not signed in', {
      timeout: 5000,
    });
    const form = await go<HTMLElement>(app, '#/videos/new', 'pbgdpl-admin-video-form');
    await waitUntil(() => root(form).querySelector('#f-category'), 'no category field');
    const select = root(form).querySelector<HTMLSelectElement>('#f-category')!;
    expect(optionValues(select)).to.deep.equal([...VIDEO_CATEGORIES]);
    for (const option of [...select.options].filter((o) => o.value))
      expect(option.textContent?.trim()).to.not.match(/categories\./);
  });
});
