/**
 * Writes stories/fixtures/dialogue.json for the Storybook mocks: the demo sessions as the API
 * lists them, each in full with its questions, and the ask form. Run after changing the demo
 * sessions: `node --import tsx demo-content/scripts/dialogue-story-fixture.ts`
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Dialogue, DialoguePage, DialogueQuestionPage } from '../../packages/contract/src/index.ts';
import { createApp } from '../../packages/server/src/app.ts';
import { loadConfig } from '../../packages/server/src/config.ts';
import { openDatabase } from '../../packages/server/src/db/connection.ts';
import { migrateToLatest } from '../../packages/server/src/db/migrate.ts';
import { seedIfEmpty } from '../../packages/server/src/seed/seed.ts';

const target = fileURLToPath(new URL('../../stories/fixtures/dialogue.json', import.meta.url));
const mediaDir = mkdtempSync(join(tmpdir(), 'pbgdpl-fixture-'));
const config = loadConfig({ DATABASE_URL: ':memory:', PBGDPL_MEDIA_DIR: mediaDir });
const database = openDatabase(config.database);
await migrateToLatest(database.db);
await seedIfEmpty(database.db, new Date(), { demoContent: true, media: config.media });
const app = createApp({ db: database.db, config });
const get = async <T>(path: string): Promise<T> => {
  const response = await app.request(`/api/v1${path}`);
  if (!response.ok) throw new Error(`GET ${path}: ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
};

const page = await get<DialoguePage>('/dialogues?pageSize=100');
const sessions = await Promise.all(page.items.map((s) => get<Dialogue>(`/dialogues/${s.id}`)));
const questions = Object.fromEntries(
  await Promise.all(
    page.items.map(async (s) => [
      s.id,
      await get<DialogueQuestionPage>(`/dialogues/${s.id}/questions?sort=newest&pageSize=100`),
    ]),
  ),
);
const asking = page.items.find((s) => s.acceptsQuestions);
if (!asking) throw new Error('the demo needs a session that takes questions');
const form = await get(`/dialogues/${asking.id}/form`);
writeFileSync(
  target,
  `${JSON.stringify(
    {
      $comment:
        'GET /api/v1/dialogues, each session, its questions and the ask form, on the demo content (demo-content/scripts/dialogue-story-fixture.ts).',
      page,
      sessions,
      questions,
      form,
    },
    null,
    2,
  )}\n`,
);
await database.close();
rmSync(mediaDir, { recursive: true, force: true });
