/**
 * Writes stories/fixtures/video-gallery.json: the demo videos exactly as the API answers them,
 * for the Storybook mocks. Run after changing videos.json:
 * `node --import tsx demo-content/scripts/video-story-fixture.ts`
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Video, VideoPage } from '../../packages/contract/src/index.ts';
import { createApp } from '../../packages/server/src/app.ts';
import { loadConfig } from '../../packages/server/src/config.ts';
import { openDatabase } from '../../packages/server/src/db/connection.ts';
import { migrateToLatest } from '../../packages/server/src/db/migrate.ts';
import { seedIfEmpty } from '../../packages/server/src/seed/seed.ts';

const target = fileURLToPath(new URL('../../stories/fixtures/video-gallery.json', import.meta.url));
const config = loadConfig({ DATABASE_URL: ':memory:' });
const database = openDatabase(config.database);
await migrateToLatest(database.db);
await seedIfEmpty(database.db, new Date(), { demoContent: true });
const app = createApp({ db: database.db, config });
const page = (await (await app.request('/api/v1/videos?pageSize=100')).json()) as VideoPage;
const transcripts: Record<number, string | null> = {};
for (const item of page.items)
  transcripts[item.id] = (
    (await (await app.request(`/api/v1/videos/${item.id}`)).json()) as Video
  ).transcript;
await database.close();
const $comment =
  'GET /api/v1/videos?pageSize=100 on the demo content, and each transcript by id (demo-content/scripts/video-story-fixture.ts).';
writeFileSync(target, `${JSON.stringify({ $comment, videos: page.items, transcripts }, null, 2)}\n`);
console.log(`Đã ghi ${page.items.length} video vào ${target}`);
