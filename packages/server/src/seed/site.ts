import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Unit } from '@pbgdpl/contract';
import { z } from 'zod';
import type { Db } from '../db/schema.ts';
import { importSnapshot, rejectionLines } from '../transfer/snapshot.ts';

/**
 * The province every database starts with: site settings, units (with the ones gone since
 * the 2025 merger) and the national links, as a snapshot `pnpm cli import` reads.
 */
export const siteSnapshotFile = fileURLToPath(new URL('../../seed/site.json', import.meta.url));

const readSnapshot = (): unknown => JSON.parse(readFileSync(siteSnapshotFile, 'utf8'));

/** Imports the province's profile through the snapshot import; a bad file names every refused row. */
export async function seedSite(db: Db): Promise<void> {
  const { rejected } = await importSnapshot(db, readSnapshot());
  if (rejected.length > 0) {
    throw new Error(
      `${siteSnapshotFile} không nhập được (cannot be imported):\n${rejectionLines(rejected).join('\n')}`,
    );
  }
}

/** The province's units alone, for tests and benchmarks that build their own data on the real tree. */
export function siteUnits(): Unit[] {
  return z.object({ units: z.array(Unit) }).parse(readSnapshot()).units;
}
