/**
 * Writes stories/fixtures/video-gallery.json: the demo videos exactly as the API answers them,
 * for the Storybook mocks. Run after changing videos.json:
 * `node --import tsx demo-content/scripts/video-story-fixture.ts`
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Video, VideoPage } from '../../packages/contract/src/index.ts';
import { createApp } from '../../packages/server/src/app.ts';
import { loadConfig } from '../../packages/server/src/config.ts';
import { openDatabase } from '../../packages/server/src/db/connection.ts';
import { migrateToLatest } from '../../packages/server/src/db/migrate.ts';
import { seedIfEmpty } from '../../packages/server/src/seed/seed.ts';

const target = fileURLToPath(new URL('../../stories/fixtures/video-gallery.json', import.meta.url));
const mediaDir = mkdtempSync(join(tmpdir(), 'pbgdpl-fixture-'));
const config = loadConfig({ DATABASE_URL: ':memory:', PBGDPL_MEDIA_DIR: mediaDir });
const database = openDatabase(config.database);
await migrateToLatest(database.db);
await seedIfEmpty(database.db, new Date(), { demoContent: true, media: config.media });
// Storybook serves demo-content/media/ as it is: each video file by its demo path, not its library address.
const demoPaths = (await database.db.selectFrom('media').select(['key', 'name']).execute()).map(
  ({ key, name }) => [`/media/${key}`, `/media/videos/${name}`] as const,
);
const app = createApp({ db: database.db, config });
const page = (await (await app.request('/api/v1/videos?pageSize=100')).json()) as VideoPage;
const transcripts: Record<number, string | null> = {};
for (const item of page.items)
  transcripts[item.id] = (
    (await (await app.request(`/api/v1/videos/${item.id}`)).json()) as Video
  ).transcript;
await database.close();
rmSync(mediaDir, { recursive: true, force: true });
const $comment =
  'GET /api/v1/videos?pageSize=100 on the demo content, and each transcript by id (demo-content/scripts/video-story-fixture.ts).';
// Nor does it have the library's smaller copies of posters.
const videos = page.items.map((video) => ({ ...video, poster: { ...video.poster, variants: [] } }));
const json = JSON.stringify({ $comment, videos, transcripts }, null, 2);
const asDemoPaths = demoPaths.reduce((text, [address, path]) => text.replaceAll(address, path), json);
writeFileSync(target, `${asDemoPaths}\n`);
console.log(`Đã ghi ${page.items.length} video vào ${target}`);
