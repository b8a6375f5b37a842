/**
 * Writes stories/fixtures/quiz.json for the Storybook mocks: the demo contests as the API lists
 * them, each in full, the ended contest's results, and an attempt of the open contest as the API
 * answers it (started by a registered participant; two answers saved). Run after changing the
 * demo contests: `node --import tsx demo-content/scripts/quiz-story-fixture.ts`
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Attempt, Contest, ContestForm, ContestPage } from '../../packages/contract/src/index.ts';
import { createApp } from '../../packages/server/src/app.ts';
import { loadConfig } from '../../packages/server/src/config.ts';
import { openDatabase } from '../../packages/server/src/db/connection.ts';
import { migrateToLatest } from '../../packages/server/src/db/migrate.ts';
import { seedIfEmpty } from '../../packages/server/src/seed/seed.ts';

const target = fileURLToPath(new URL('../../stories/fixtures/quiz.json', import.meta.url));
const mediaDir = mkdtempSync(join(tmpdir(), 'pbgdpl-fixture-'));
const config = loadConfig({
  DATABASE_URL: ':memory:',
  PBGDPL_MEDIA_DIR: mediaDir,
  PBGDPL_QUESTION_MIN_FILL_SECONDS: '0',
});
const database = openDatabase(config.database);
await migrateToLatest(database.db);
await seedIfEmpty(database.db, new Date(), { demoContent: true, media: config.media });
const app = createApp({ db: database.db, config });
const call = async <T>(method: string, path: string, body?: unknown): Promise<T> => {
  const response = await app.request(`/api/v1${path}`, {
    method,
    headers: { 'Content-Type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
};

const page = await call<ContestPage>('GET', '/contests');
const contests = await Promise.all(page.items.map((c) => call<Contest>('GET', `/contests/${c.id}`)));
const open = page.items.find((c) => c.state === 'open');
const ended = page.items.find((c) => c.state !== 'open' && c.state !== 'upcoming');
if (!open || !ended) throw new Error('the demo needs an open and an ended contest');
const results = await call('GET', `/contests/${ended.id}/results`);
const form = await call<ContestForm>('GET', `/contests/${open.id}/form`);
const { participantToken } = await call<{ participantToken: string }>(
  'POST',
  `/contests/${open.id}/participants`,
  {
    name: 'Lê Thị Hoa',
    phone: '0912000111',
    birthYear: 1988,
    commune: 'Xã Hòa Thạnh',
    consents: { version: form.consentVersion, takePart: true, publishResult: true, prizeContact: false },
    formToken: form.formToken,
  },
);
const started = await call<Attempt>('POST', `/contests/${open.id}/attempts`, { participantToken });
for (const question of started.questions.slice(0, 2))
  await call('PUT', `/attempts/${started.key}/answers/${question.id}`, { choices: [0] });
const attempt = await call<Attempt>('GET', `/attempts/${started.key}`);

writeFileSync(
  target,
  `${JSON.stringify(
    {
      $comment:
        'GET /api/v1/contests, each contest, the ended one’s results, the registration form and an attempt with two answers saved, on the demo content (demo-content/scripts/quiz-story-fixture.ts).',
      page,
      contests,
      results,
      form,
      attempt,
    },
    null,
    2,
  )}\n`,
);
await database.close();
rmSync(mediaDir, { recursive: true, force: true });
console.log(`wrote ${target}`);
