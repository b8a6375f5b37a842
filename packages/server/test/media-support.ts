import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { MediaItem } from '@pbgdpl/contract';
import { incomingDir } from '../src/media/storage.ts';
import { json, makeDocumentsApp, type TestApp } from './helpers.ts';

export const ADMIN = 'media-test-admin-token-0123456789';
export const auth = { Authorization: `Bearer ${ADMIN}` };

/** The app on a database with the province's units, no content, and an empty library. */
export function mediaApp(env: Record<string, string> = {}): Promise<TestApp> {
  return makeDocumentsApp({ PBGDPL_ADMIN_TOKEN: ADMIN, ...env });
}

/** POST /api/v1/admin/media with one file and text fields, as a browser's FormData sends it. */
export async function upload(
  t: TestApp,
  bytes: Uint8Array | string,
  name: string,
  options: { fields?: Record<string, string>; use?: string; headers?: Record<string, string> } = {},
): Promise<Response> {
  const form = new FormData();
  for (const [field, value] of Object.entries(options.fields ?? {})) form.append(field, value);
  form.append('file', new Blob([bytes]), name);
  return t.app.request(`/api/v1/admin/media${options.use ? `?use=${options.use}` : ''}`, {
    method: 'POST',
    headers: { ...auth, ...options.headers },
    body: form,
  });
}

/** Uploads and expects a 201; the new entry. */
export async function uploaded(
  t: TestApp,
  bytes: Uint8Array | string,
  name: string,
  fields = {},
): Promise<MediaItem> {
  const response = await upload(t, bytes, name, { fields });
  if (response.status !== 201) throw new Error(`${name}: ${response.status} ${await response.text()}`);
  return json<MediaItem>(response);
}

/** Every file under a folder, recursively, as paths relative to it. */
function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(dir.length + 1))
    .sort();
}

/** What the library holds: its entries, stored files (on disk, or chunks in the database), and uploads in progress. */
export async function libraryState(t: TestApp) {
  const count = async (table: 'media' | 'media_variants' | 'media_chunks') =>
    Number(
      (
        await t.database.db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  const incoming = incomingDir(t.config.media);
  return {
    entries: await count('media'),
    variants: await count('media_variants'),
    chunks: await count('media_chunks'),
    files: filesUnder(t.config.media.dir).filter(
      (file) => !join(t.config.media.dir, file).startsWith(incoming),
    ),
    incoming: filesUnder(incoming),
  };
}
