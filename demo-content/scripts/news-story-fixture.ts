/**
 * Writes stories/fixtures/news.json: the demo articles exactly as the API lists them, and a few
 * in full (an announcement with its event, a material, one with related documents), for the
 * Storybook mocks. Run after changing the demo articles:
 * `node --import tsx demo-content/scripts/news-story-fixture.ts`
 */
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Article, ArticlePage } from '../../packages/contract/src/index.ts';
import { createApp } from '../../packages/server/src/app.ts';
import { loadConfig } from '../../packages/server/src/config.ts';
import { openDatabase } from '../../packages/server/src/db/connection.ts';
import { migrateToLatest } from '../../packages/server/src/db/migrate.ts';
import { seedIfEmpty } from '../../packages/server/src/seed/seed.ts';

const target = fileURLToPath(new URL('../../stories/fixtures/news.json', import.meta.url));
const mediaDir = mkdtempSync(join(tmpdir(), 'pbgdpl-fixture-'));
const config = loadConfig({ DATABASE_URL: ':memory:', PBGDPL_MEDIA_DIR: mediaDir });
const database = openDatabase(config.database);
await migrateToLatest(database.db);
await seedIfEmpty(database.db, new Date(), { demoContent: true, media: config.media });
// Storybook serves demo-content/media/ as it is: each file by its demo path, not its library address.
const demoMedia = fileURLToPath(new URL('../media/', import.meta.url));
const demoPath = new Map(
  readdirSync(demoMedia, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => [entry.name, `/media/${relative(demoMedia, join(entry.parentPath, entry.name))}`]),
);
const addresses = (await database.db.selectFrom('media').select(['key', 'name']).execute()).flatMap(
  ({ key, name }) => {
    const path = demoPath.get(name);
    return path ? [[`/media/${key}`, path] as const] : [];
  },
);
const app = createApp({ db: database.db, config });
const get = async <T>(path: string) => (await (await app.request(`/api/v1${path}`)).json()) as T;

const page = await get<ArticlePage>('/articles?pageSize=100');
const full = await Promise.all(page.items.map((item) => get<Article>(`/articles/${item.id}`)));
const pick = (test: (article: Article) => boolean) => full.find(test);
const chosen = [
  pick((a) => a.event !== null),
  pick((a) => a.category === 'tai-lieu-pbgdpl'),
  pick((a) => a.documents.length > 0 && a.cover !== null && a.previous !== null && a.next !== null),
].filter((article): article is Article => article !== undefined);
await database.close();
rmSync(mediaDir, { recursive: true, force: true });

// Nor does it have the library's smaller copies of images.
const withoutVariants = <T extends { cover: Article['cover'] }>(article: T): T => ({
  ...article,
  cover: article.cover && { ...article.cover, variants: [] },
});
const $comment =
  'GET /api/v1/articles?pageSize=100 on the demo content and a few articles in full, files by their demo paths (demo-content/scripts/news-story-fixture.ts).';
const json = JSON.stringify(
  {
    $comment,
    page: { ...page, items: page.items.map(withoutVariants) },
    articles: Object.fromEntries(chosen.map((article) => [article.id, withoutVariants(article)])),
  },
  null,
  2,
);
const asDemoPaths = addresses.reduce((text, [address, path]) => text.replaceAll(address, path), json);
writeFileSync(target, `${asDemoPaths}\n`);
console.log(`Đã ghi ${page.items.length} tin bài, ${chosen.length} bài đầy đủ vào ${target}`);
