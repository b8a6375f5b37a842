import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type {
  AdminArticle,
  AdminQuestionPage,
  ArticleInput,
  BannerInput,
  DocumentInput,
  QuestionForm,
  QuestionReceipt,
  ReporterInput,
  VideoInput,
} from '@pbgdpl/contract';
import { collectProblems } from '../support/browser.ts';
import { useHostedApi } from '../support/hosted-api.ts';
import { REFUSED_XSS_VECTORS, STORABLE_XSS_VECTORS as XSS_VECTORS } from '../security/xss-vectors.ts';

/**
 * Every XSS vector goes in through the admin API, into every text and HTML field an editor
 * writes, and comes out through the widgets in Chromium: no script may run (no dialog, no
 * `top.__xss`), and no script URL may reach an href or src. Built bundle required.
 */
const TOKEN = 'xss-render-admin-token-0123456789';
const documentIds: number[] = [];
const hosted = useHostedApi(
  {
    PBGDPL_ADMIN_TOKEN: TOKEN,
    // One client asks every question: the anti-spam limits would stop it.
    PBGDPL_QUESTIONS_PER_HOUR: '100000',
    PBGDPL_QUESTION_CHALLENGE_AFTER: '100000',
    PBGDPL_QUESTION_MIN_FILL_SECONDS: '0',
  },
  async () => {
    for (const [i, vector] of XSS_VECTORS.entries()) {
      const response = await admin('/documents', documentWith(vector, i));
      assert.equal(response.status, 201, `${vector}: ${await response.clone().text()}`);
      documentIds.push(((await response.json()) as { id: number }).id);
    }
  },
);

async function admin(path: string, body: unknown, method = 'POST'): Promise<Response> {
  return fetch(new URL(`api/v1/admin${path}`, hosted.api.url), {
    method,
    headers: { Authorization: `Bearer ${TOKEN}`, 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
}

const ok = async (response: Response, what: string) => {
  assert.ok(response.ok, `${what}: ${response.status} ${await response.clone().text()}`);
  return response;
};

/** A citizen asks with the vector in every field, an editor answers with it and publishes. */
async function askAndAnswer(vector: string, i: number): Promise<number> {
  const form = (await (await fetch(new URL('api/v1/questions/form', hosted.api.url))).json()) as QuestionForm;
  const asked = await ok(
    await fetch(new URL('api/v1/questions', hosted.api.url), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': `xss-question-${i}` },
      body: JSON.stringify({
        name: `Ng ${vector}`.slice(0, 100),
        email: `nguoi${i}@example.vn`,
        address: vector.slice(0, 300),
        field: 'tu-phap',
        title: `XSS ${i + 1}: ${vector}`.slice(0, 200),
        body: `Câu hỏi thử số ${i + 1} có nội dung: ${vector}`.slice(0, 5000),
        consents: { version: form.consentVersion, processAndAnswer: true, publishName: true },
        formToken: form.formToken,
      }),
    }),
    `question ${i}`,
  );
  const { trackingCode } = (await asked.json()) as QuestionReceipt;
  const queue = (await (
    await ok(
      await fetch(new URL(`api/v1/admin/questions?q=${trackingCode}`, hosted.api.url), {
        headers: { Authorization: `Bearer ${TOKEN}` },
      }),
      'queue',
    )
  ).json()) as AdminQuestionPage;
  const id = queue.items[0]!.id;
  await ok(
    await admin(
      `/questions/${id}/answer`,
      {
        html: `<p>Trả lời:</p>${vector}`,
        answeredBy: `Cán bộ ${vector}`.slice(0, 120),
        answererTitle: vector.slice(0, 160) || 'Chuyên viên',
        relatedDocumentIds: [],
      },
      'PUT',
    ),
    `answer ${i}`,
  );
  await ok(await admin(`/questions/${id}/published`, { published: true }, 'PUT'), `publish ${i}`);
  return id;
}

const documentWith = (vector: string, i: number): DocumentInput => ({
  number: `${i + 1}/2025/QĐ-UBND`,
  title: `XSS ${i + 1}: ${vector}`,
  type: 'quyet-dinh',
  issuerId: 'tay-ninh',
  issuedOn: '2025-01-15',
  status: 'in-force',
  fields: ['tu-phap'],
  signerName: vector.slice(0, 100),
  signerTitle: vector.slice(0, 100),
  scope: vector.slice(0, 200),
  summary: vector,
  body: `<p>Điều 1. ${vector}</p>${vector}`,
  attachments: [
    { name: vector.slice(0, 200), url: '/media/van-ban.pdf', mediaType: 'application/pdf', size: 10 },
  ],
  materials: [{ kind: 'outline', title: vector.slice(0, 200), body: vector, file: null }],
});

/** A page that fails loudly on anything a vector could do. */
async function watchedPage(): Promise<{ page: Page; dialogs: string[]; problems: string[] }> {
  const page = await hosted.browser.newPage();
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  const problems = collectProblems(page);
  await page.addInitScript({ path: join(import.meta.dirname, '../hosts/instrument.js') });
  await page.goto(`${hosted.host.url}/spa`);
  return { page, dialogs, problems };
}

async function render(page: Page, markup: string, ready: string, count: number): Promise<void> {
  await page.evaluate(
    (html) => document.querySelector('#app')!.insertAdjacentHTML('beforeend', html),
    markup,
  );
  await page.waitForFunction(
    ({ selector, expected }) => {
      let found = 0;
      for (const element of Array.from(document.querySelectorAll('#app > *')))
        found += element.shadowRoot?.querySelectorAll(selector).length ?? 0;
      return found >= expected;
    },
    { selector: ready, expected: count },
    { timeout: 30_000 },
  );
}

/** Script URLs in URL attributes, and script or embedding elements in shadow roots. */
const scriptUrls = (page: Page) =>
  page.evaluate(() =>
    (window as unknown as { __pbgdplProbe: { scriptUrls(): string[] } }).__pbgdplProbe.scriptUrls(),
  );

async function assertNothingRan(page: Page, dialogs: string[], problems: string[]): Promise<void> {
  await page.waitForTimeout(500);
  assert.deepEqual(dialogs, [], 'a dialog opened');
  assert.equal(
    await page.evaluate(() => (window as { __xss?: unknown }).__xss),
    undefined,
    'top.__xss was set',
  );
  assert.deepEqual(await scriptUrls(page), []);
  assert.deepEqual(problems, []);
}

test(`${XSS_VECTORS.length} vectors in every document field, listed with highlights and opened one by one`, async () => {
  const { page, dialogs, problems } = await watchedPage();
  await render(page, '<pbgdpl-legal-docs page-size="100" no-url></pbgdpl-legal-docs>', '.result', 20);
  // Search for the vectors' words so titles and snippets come back highlighted.
  await page.locator('pbgdpl-legal-docs input[type="search"]').fill('xss');
  await page.locator('pbgdpl-legal-docs input[type="search"]').press('Enter');
  await page.waitForFunction(
    () =>
      (document.querySelector('pbgdpl-legal-docs')?.shadowRoot?.querySelectorAll('.result mark').length ??
        0) > 0,
  );
  const batch = 25;
  for (let start = 0; start < documentIds.length; start += batch) {
    const ids = documentIds.slice(start, start + batch);
    await page.evaluate(() => document.querySelector('#app')!.replaceChildren());
    await render(
      page,
      ids.map((id) => `<pbgdpl-legal-doc document-id="${id}" no-track></pbgdpl-legal-doc>`).join(''),
      'article.doc .number',
      ids.length,
    );
    await assertNothingRan(page, dialogs, problems);
  }
  await page.close();
});

test(`${REFUSED_XSS_VECTORS.length} vectors hiding control characters are refused by the API (400) from citizens and editors`, async () => {
  const form = (await (await fetch(new URL('api/v1/questions/form', hosted.api.url))).json()) as QuestionForm;
  for (const [i, vector] of REFUSED_XSS_VECTORS.entries()) {
    const document = await admin('/documents', documentWith(vector, 1000 + i));
    assert.equal(document.status, 400, `document: ${vector}`);
    const question = await fetch(new URL('api/v1/questions', hosted.api.url), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        name: 'Người thử',
        email: 'nguoi@example.vn',
        field: 'tu-phap',
        title: `Câu hỏi thử ${vector}`.slice(0, 200),
        body: `Câu hỏi thử có nội dung nguy hiểm: ${vector}`,
        consents: { version: form.consentVersion, processAndAnswer: true, publishName: true },
        formToken: form.formToken,
      }),
    });
    assert.equal(question.status, 400, `question: ${vector}`);
  }
});

test('banners: vectors in the title and alt text render as text; script URLs never get stored', async () => {
  for (const [i, vector] of XSS_VECTORS.slice(0, 30).entries()) {
    const banner: BannerInput = {
      title: vector.slice(0, 200),
      alt: vector.slice(0, 300),
      href: 'https://pbgdpl.tayninh.gov.vn/',
      image: { url: '/media/banners/phap-dien-250x250.svg', width: 250, height: 250 },
      placement: 'square',
      priority: 100 + i,
    };
    const created = await admin('/banners', banner);
    assert.equal(created.status, 201, await created.clone().text());
  }
  for (const href of [
    'javascript:top.__xss=1',
    ' JaVaScRiPt:top.__xss=1',
    'data:text/html,<script>top.__xss=1</script>',
    'vbscript:x',
  ]) {
    const refused = await admin('/banners', {
      title: 'x',
      alt: 'x',
      href,
      image: { url: href, width: 250, height: 250 },
      placement: 'square',
    });
    assert.equal(refused.status, 400, href);
  }
  const { page, dialogs, problems } = await watchedPage();
  await render(page, '<pbgdpl-banner placement="square" no-track></pbgdpl-banner>', '.slide img', 30);
  await assertNothingRan(page, dialogs, problems);
  await page.close();
});

test(`${XSS_VECTORS.length} vectors sent by citizens and answered by editors, in the Q&A list and details`, async () => {
  const ids: number[] = [];
  for (const [i, vector] of XSS_VECTORS.entries()) ids.push(await askAndAnswer(vector, i));
  const { page, dialogs, problems } = await watchedPage();
  await page.evaluate(() => history.replaceState(null, '', '?l-q=xss'));
  await render(
    page,
    '<pbgdpl-qa-box url-prefix="l-" page-size="100" mode="browse"></pbgdpl-qa-box>',
    '.list .item',
    20,
  );
  await assertNothingRan(page, dialogs, problems);
  const batch = 20;
  for (let start = 0; start < ids.length; start += batch) {
    const slice = ids.slice(start, start + batch);
    // One element per question, each reading its own address parameter.
    await page.evaluate(
      (query) => {
        document.querySelector('#app')!.replaceChildren();
        history.replaceState(null, '', `?${query}`);
      },
      slice.map((id, k) => `d${k}-id=${id}`).join('&'),
    );
    await render(
      page,
      slice.map((_, k) => `<pbgdpl-qa-box url-prefix="d${k}-" mode="browse"></pbgdpl-qa-box>`).join(''),
      '.answer .rich',
      slice.length,
    );
    await assertNothingRan(page, dialogs, problems);
  }
  await page.close();
});

test('videos and reporters: vectors in every text field, in the gallery, the player and the directory', async () => {
  const videoIds: number[] = [];
  for (const [i, vector] of XSS_VECTORS.slice(0, 40).entries()) {
    const video: VideoInput = {
      title: `XSS ${i + 1}: ${vector}`.slice(0, 300),
      description: vector,
      category: 'tinh-huong',
      publishedAt: '2026-11-20T02:00:00Z',
      durationSeconds: 60,
      poster: { url: '/media/videos/lua-dao-qua-mang-poster.jpg', width: 480, height: 270 },
      sources: [{ url: '/media/videos/lua-dao-qua-mang.mp4', type: 'video/mp4' }],
      transcript: `Lời thoại:\n\n${vector}`,
    };
    const created = await ok(await admin('/videos', video), `video ${i}`);
    videoIds.push(((await created.json()) as { id: number }).id);
    const reporter: ReporterInput = {
      name: `Ng ${vector}`.slice(0, 120),
      position: vector.slice(0, 200),
      unitId: 'so-tu-phap',
      role: 'bao-cao-vien',
      fields: ['tu-phap'],
      termStart: '2025-01-01',
      decision: vector.slice(0, 100),
    };
    await ok(await admin('/reporters', reporter), `reporter ${i}`);
  }
  const { page, dialogs, problems } = await watchedPage();
  await render(
    page,
    '<pbgdpl-video-gallery page-size="48" no-url no-track></pbgdpl-video-gallery>',
    '.grid .thumb',
    40,
  );
  await render(page, '<pbgdpl-stats-board sections="reporters"></pbgdpl-stats-board>', '.person', 10);
  await assertNothingRan(page, dialogs, problems);
  for (let start = 0; start < videoIds.length; start += 10) {
    await page.evaluate(() => document.querySelector('#app')!.replaceChildren());
    const slice = videoIds.slice(start, start + 10);
    await render(
      page,
      slice
        .map((id) => `<pbgdpl-video-gallery video-id="${id}" no-url no-track></pbgdpl-video-gallery>`)
        .join(''),
      '.player',
      slice.length,
    );
    await assertNothingRan(page, dialogs, problems);
  }
  await page.close();
});

test(`${XSS_VECTORS.length} vectors in every article field, in the news list (searched) and each article`, async () => {
  const ids: number[] = [];
  for (const [i, vector] of XSS_VECTORS.entries()) {
    const article: ArticleInput = {
      title: `XSS ${i + 1}: ${vector}`.slice(0, 300),
      slug: `xss-${i + 1}`,
      summary: vector.slice(0, 1000),
      body: `<h2>Mục ${i + 1}</h2><p>Nội dung: ${vector}</p>${vector}`,
      category: 'thong-bao-giay-moi',
      unitId: 'tay-ninh',
      fields: ['tu-phap'],
      audiences: ['nhan-dan'],
      authorName: vector.slice(0, 200),
      event: { startsAt: '2026-12-20T01:00:00Z', endsAt: null, place: `Hội trường ${vector}`.slice(0, 300) },
    };
    const created = (await (
      await ok(await admin('/articles', article), `article ${i}`)
    ).json()) as AdminArticle;
    // An administrator's article is published as it is saved.
    assert.equal(created.state, 'published');
    ids.push(created.id);
  }
  const { page, dialogs, problems } = await watchedPage();
  await page.evaluate(() => history.replaceState(null, '', '?n-q=xss'));
  await render(
    page,
    '<pbgdpl-news url-prefix="n-" page-size="100"></pbgdpl-news>',
    '.card .card-title mark',
    20,
  );
  await assertNothingRan(page, dialogs, problems);
  for (let start = 0; start < ids.length; start += 20) {
    await page.evaluate(() => document.querySelector('#app')!.replaceChildren());
    const slice = ids.slice(start, start + 20);
    await render(
      page,
      slice.map((id) => `<pbgdpl-article article-id="${id}"></pbgdpl-article>`).join(''),
      'article.article .body',
      slice.length,
    );
    await assertNothingRan(page, dialogs, problems);
  }
  await page.close();
});

test('control: the watch does catch a vector that reaches the page unsanitized', async () => {
  const { page, dialogs } = await watchedPage();
  await page.evaluate(() =>
    document
      .querySelector('#app')!
      .insertAdjacentHTML(
        'beforeend',
        '<img src=x onerror="top.__xss=1;alert(1)"><a href="javascript:void 0">x</a>',
      ),
  );
  await page.waitForFunction(() => (window as { __xss?: unknown }).__xss === 1);
  assert.deepEqual(dialogs, ['1']);
  assert.deepEqual(await scriptUrls(page), ['A href=javascript:void 0']);
  await page.close();
});
