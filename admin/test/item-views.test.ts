import { expect, waitUntil } from '@open-wc/testing';
import type { AdminQuestionPage } from '@pbgdpl/contract';
import type { PbgdplAdmin } from '../src/admin-app.ts';
import { ADMIN_TOKEN, api, button, mountConsole, root, signIn, type, view } from './helpers.ts';

/**
 * Every console view of one item shows the item of the address, whichever way the address
 * changed (a link, Back and Forward, a typed address), and its actions act on that item only:
 * the defect where a question's page showed one question while its buttons acted on another.
 */
type Json = Record<string, unknown>;

async function adminCall<T = Json>(method: string, path: string, body?: unknown): Promise<T> {
  const response = await fetch(`${api}/admin${path}`, {
    method,
    headers: { Authorization: `Bearer ${ADMIN_TOKEN}`, 'Content-Type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

const stamp = () => Math.random().toString(36).slice(2, 8);
let month = 0;

interface ViewKind {
  name: string;
  tag: string;
  /** The fragment of an item's view. */
  hash: (id: number) => string;
  /** Two items to move between, made through the API. */
  make: () => Promise<[number, number]>;
  /** Something only item `id` shows: its title as the view shows it. */
  label: (id: number) => Promise<string>;
  /** Whether the view now shows that label. */
  shows: (el: HTMLElement, label: string) => boolean;
  /** An action in the view, and how to tell from the API that it reached item `id`. */
  act: (el: HTMLElement) => Promise<void>;
  acted: (id: number) => Promise<boolean>;
  /** Puts a shared, seeded item back as it was, for the tests that run after. */
  restore?: (id: number, label: string) => Promise<void>;
}

// Null until a view from a chunk of its own (videos, statistics) is upgraded.
const titleField = (el: HTMLElement) =>
  el.shadowRoot?.querySelector<HTMLInputElement>('#f-title, #f-name') ?? null;
const saveForm = async (el: HTMLElement, suffix: string) => {
  const field = titleField(el)!;
  type(field, `${field.value} ${suffix}`);
  button(el, 'Lưu').click();
  await waitUntil(() => root(el).querySelector('.ok'), 'not saved');
};

/** A kind of form whose item has a text field `#title` or `#name` at `path`. */
function formKind(
  name: string,
  tag: string,
  section: string,
  path: string,
  create: () => Json,
  titleKey: string,
): ViewKind {
  const item = (id: number) => adminCall(`GET`, `${path}/${id}`);
  return {
    name,
    tag,
    hash: (id) => `#/${section}/${id}`,
    make: async () => {
      const a = await adminCall<{ id: number }>('POST', path, create());
      const b = await adminCall<{ id: number }>('POST', path, create());
      return [a.id, b.id];
    },
    label: async (id) => String((await item(id))[titleKey]),
    shows: (el, label) => titleField(el)?.value === label,
    act: (el) => saveForm(el, 'đã sửa'),
    acted: async (id) => String((await item(id))[titleKey]).endsWith('đã sửa'),
  };
}

const KINDS: ViewKind[] = [
  {
    name: 'question',
    tag: 'pbgdpl-admin-question',
    hash: (id) => `#/questions/${id}`,
    make: async () => {
      const page = await adminCall<AdminQuestionPage>('GET', '/questions?status=pending&pageSize=100');
      const [a, b] = page.items.map((item) => item.id);
      return [a!, b!];
    },
    label: async (id) => String((await adminCall('GET', `/questions/${id}`)).title),
    shows: (el, label) => root(el).querySelector('h1')?.textContent?.trim() === label,
    act: async (el) => {
      const title = root(el).querySelector<HTMLInputElement>('#edit-title')!;
      type(title, `${title.value} đã sửa`);
      root(el).querySelector<HTMLButtonElement>('form.edit button[type="submit"]')!.click();
      await waitUntil(
        () => root(el).querySelector('h1')?.textContent?.trim().endsWith('đã sửa'),
        'not saved',
      );
    },
    acted: async (id) => String((await adminCall('GET', `/questions/${id}`)).title).endsWith('đã sửa'),
    restore: (id, title) => adminCall('PATCH', `/questions/${id}`, { title }).then(() => undefined),
  },
  formKind(
    'banner',
    'pbgdpl-admin-banner-form',
    'banners',
    '/banners',
    () => ({
      title: `Banner ${stamp()}`,
      alt: 'Banner thử',
      href: 'https://pbgdpl.tayninh.gov.vn/',
      image: { url: '/media/banners/hoa-giai-co-so-728x90.svg', width: 728, height: 90 },
      placement: 'leaderboard',
    }),
    'title',
  ),
  formKind(
    'document',
    'pbgdpl-admin-document-form',
    'documents',
    '/documents',
    () => ({
      number: `${stamp()}/2026/QĐ-UBND`,
      title: `Quyết định ${stamp()}`,
      type: 'quyet-dinh',
      issuerId: 'tay-ninh',
      issuedOn: '2026-01-15',
      status: 'in-force',
      fields: ['tu-phap'],
      body: '<p>Nội dung.</p>',
    }),
    'title',
  ),
  formKind(
    'video',
    'pbgdpl-admin-video-form',
    'videos',
    '/videos',
    () => ({
      title: `Video ${stamp()}`,
      category: 'tinh-huong',
      publishedAt: '2026-02-20T02:00:00Z',
      durationSeconds: 95,
      poster: { url: '/media/videos/poster.jpg', width: 480, height: 270 },
      sources: [{ url: '/media/videos/clip.mp4', type: 'video/mp4' }],
    }),
    'title',
  ),
  formKind(
    'reporter',
    'pbgdpl-admin-reporter-form',
    'stats/reporters',
    '/reporters',
    () => ({
      name: `Người ${stamp()}`,
      unitId: 'so-tu-phap',
      role: 'bao-cao-vien',
      fields: ['dat-dai'],
      termStart: '2025-01-01',
    }),
    'name',
  ),
  {
    ...formKind(
      'activity',
      'pbgdpl-admin-activity-form',
      'stats',
      '/activities',
      () => ({
        unitId: 'so-tu-phap',
        month: `1999-${String((month++ % 12) + 1).padStart(2, '0')}`,
        conferences: 1,
        trainings: 0,
        contests: 0,
        participants: 10,
        copies: 0,
        note: `Ghi chú ${stamp()}`,
      }),
      'note',
    ),
    shows: (el, label) => root(el).querySelector<HTMLTextAreaElement>('#f-note')?.value === label,
    act: async (el) => {
      const note = root(el).querySelector<HTMLTextAreaElement>('#f-note')!;
      type(note, `${note.value} đã sửa`);
      button(el, 'Lưu').click();
      await waitUntil(() => root(el).querySelector('.ok'), 'not saved');
    },
  },
];

async function signedInConsole(): Promise<PbgdplAdmin> {
  const app = await mountConsole();
  await signIn(app);
  await waitUntil(() => view(app)?.localName === 'pbgdpl-admin-my-work', 'not signed in', {
    timeout: 5000,
  });
  return app;
}

/** Waits until the view of `tag` shows `label`, and checks it shows nothing else meanwhile. */
async function showing(app: PbgdplAdmin, kind: ViewKind, label: string): Promise<HTMLElement> {
  await waitUntil(
    // A view whose chunk is still on its way has no shadow root yet.
    () => view(app)?.localName === kind.tag && !!view(app).shadowRoot && kind.shows(view(app), label),
    `${kind.name} view does not show «${label}»`,
    { timeout: 5000 },
  );
  return view(app);
}

const popped = (go: () => void) =>
  new Promise<void>((resolve) => {
    addEventListener('hashchange', () => resolve(), { once: true });
    go();
  });

describe('console views of one item follow the address', function () {
  this.timeout(60_000);

  for (const kind of KINDS) {
    it(`${kind.name}: by link, Back and Forward, and a typed address, it shows B and acts on B only`, async () => {
      const app = await signedInConsole();
      const [a, b] = await kind.make();
      const [labelA, labelB] = [await kind.label(a), await kind.label(b)];
      expect(labelA).to.not.equal(labelB);

      location.hash = kind.hash(a);
      await showing(app, kind, labelA);
      location.hash = kind.hash(b);
      await showing(app, kind, labelB);
      await popped(() => history.back());
      await showing(app, kind, labelA);
      await popped(() => history.forward());
      await showing(app, kind, labelB);
      location.hash = kind.hash(a);
      await showing(app, kind, labelA);
      // As if typed into the address bar.
      location.href = new URL(kind.hash(b), location.href).href;
      const el = await showing(app, kind, labelB);
      await expect(el).to.be.accessible();

      try {
        await kind.act(el);
        expect(await kind.acted(b), 'the action reached B').to.equal(true);
        expect(await kind.acted(a), 'and not A').to.equal(false);
      } finally {
        await kind.restore?.(b, labelB);
      }
    });
  }

  it('a slow answer for the item left behind never replaces the item in view', async () => {
    const app = await signedInConsole();
    const kind = KINDS[0]!;
    const [a, b] = await kind.make();
    const realFetch = window.fetch;
    window.fetch = async (input, init) => {
      const url = input instanceof Request ? input.url : String(input);
      // A's answer comes back long after B's.
      if (new URL(url).pathname === `/api/v1/admin/questions/${a}`)
        await new Promise((r) => setTimeout(r, 800));
      return realFetch(input, init);
    };
    try {
      location.hash = kind.hash(a);
      await waitUntil(() => view(app)?.localName === kind.tag, 'no question view');
      location.hash = kind.hash(b);
      const labelB = await kind.label(b);
      await showing(app, kind, labelB);
      await new Promise((resolve) => setTimeout(resolve, 1200));
      expect(kind.shows(view(app), labelB), 'still B after A answered').to.equal(true);
    } finally {
      window.fetch = realFetch;
    }
  });

  it('a save over a change made meanwhile by another editor is refused, says so, and offers the latest version', async () => {
    const app = await signedInConsole();
    const kind = KINDS[1]!;
    const [id] = await kind.make();
    location.hash = kind.hash(id);
    const el = await showing(app, kind, await kind.label(id));
    // Another editor saves first.
    const current = await adminCall<Json>('GET', `/banners/${id}`);
    const { id: _id, version: _v, createdAt: _c, updatedAt: _u, ...input } = current;
    await adminCall('PUT', `/banners/${id}`, { ...input, title: 'Người khác đã sửa' });
    type(titleField(el)!, 'Bản của tôi');
    button(el, 'Lưu').click();
    await waitUntil(() => root(el).querySelector('.error-summary'), 'no refusal shown');
    expect(root(el).querySelector('.error-summary')?.textContent).to.match(/người khác thay đổi/);
    expect((await adminCall<Json>('GET', `/banners/${id}`)).title).to.equal('Người khác đã sửa');
    button(el, /Tải bản mới nhất/).click();
    await showing(app, kind, 'Người khác đã sửa');
  });
});
