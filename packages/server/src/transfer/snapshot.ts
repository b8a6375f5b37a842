import {
  AdminBanner,
  ContentState,
  IsoDateTime,
  Site,
  SiteLink,
  type Unit,
  UnitInput,
} from '@pbgdpl/contract';
import { compareCodes } from '@pbgdpl/vi-text';
import { z } from 'zod';
import { vi } from 'zod/locales';
import type { Db } from '../db/schema.ts';
import { inTransaction } from '../db/transaction.ts';
import { bannersRepository } from '../repositories/banners.ts';
import { siteRepository } from '../repositories/site.ts';
import { unitsRepository } from '../repositories/units.ts';

/** A banner in a snapshot; files made before the review workflow hold published banners only. */
const SnapshotBanner = AdminBanner.extend({ state: ContentState.default('published') });
type SnapshotBanner = z.output<typeof SnapshotBanner>;

/** A site's managed content as one JSON file: for backups people can read, and moving between servers. */
const Snapshot = z.object({
  format: z.literal('pbgdpl-snapshot'),
  version: z.literal(1),
  exportedAt: IsoDateTime,
  settings: Site.pick({
    name: true,
    shortName: true,
    description: true,
    url: true,
    provinceId: true,
  }).nullable(),
  // Rows are checked one by one below, so a bad row is reported with its index.
  units: z.array(z.unknown()),
  links: z.array(z.unknown()),
  banners: z.array(z.unknown()),
});
export type Snapshot = z.infer<typeof Snapshot>;

export async function exportSnapshot(db: Db, now: Date): Promise<Snapshot> {
  return {
    format: 'pbgdpl-snapshot',
    version: 1,
    exportedAt: now.toISOString(),
    settings: (await siteRepository(db).settings()) ?? null,
    units: await unitsRepository(db).all(),
    links: await siteRepository(db).links(),
    banners: await bannersRepository(db).all(),
  };
}

/** One refused row (`index` is null for the file as a whole), with its messages. */
export interface Rejection {
  section: 'file' | 'units' | 'links' | 'banners';
  index: number | null;
  messages: string[];
}

/** One line per refused row, e.g. `  units[3]: parentId: không có đơn vị "x"`. */
export const rejectionLines = (rejected: Rejection[]): string[] =>
  rejected.map(
    (r) => `  ${r.index === null ? r.section : `${r.section}[${r.index}]`}: ${r.messages.join('; ')}`,
  );

const messagesOf = (error: z.ZodError) =>
  error.issues.map((issue) =>
    issue.path.length ? `${issue.path.join('.')}: ${issue.message}` : issue.message,
  );

/** Valid rows with their index in the file, so later checks can still name the row. */
type Indexed<T> = { index: number; row: T };

function parseRows<T>(
  section: Rejection['section'],
  schema: z.ZodType<T>,
  rows: unknown[],
  rejected: Rejection[],
) {
  const valid: Indexed<T>[] = [];
  rows.forEach((row, index) => {
    const result = schema.safeParse(row, { error: vi().localeError });
    if (result.success) valid.push({ index, row: result.data });
    else rejected.push({ section, index, messages: messagesOf(result.error) });
  });
  return valid;
}

/** Unit references must name a unit in the file or already in the database. */
function checkReferences(
  units: Indexed<Unit>[],
  banners: Indexed<SnapshotBanner>[],
  existing: string[],
  rejected: Rejection[],
) {
  const known = new Set([...existing, ...units.map(({ row }) => row.id)]);
  const missing = (field: string, id: string | null) =>
    id !== null && !known.has(id) ? [`${field}: không có đơn vị "${id}"`] : [];
  for (const { index, row } of units) {
    const messages = [
      ...missing('parentId', row.parentId),
      ...row.successorIds.flatMap((id, i) => missing(`successorIds.${i}`, id)),
    ];
    if (messages.length) rejected.push({ section: 'units', index, messages });
  }
  for (const { index, row } of banners) {
    const messages = missing('unitId', row.unitId);
    if (messages.length) rejected.push({ section: 'banners', index, messages });
  }
}

/**
 * Inserts or replaces every row of a snapshot, all or nothing: if any row is invalid, nothing
 * is written and every refused row is reported.
 */
export async function importSnapshot(
  db: Db,
  input: unknown,
): Promise<{ imported: number; rejected: Rejection[] }> {
  const file = Snapshot.safeParse(input, { error: vi().localeError });
  if (!file.success)
    return { imported: 0, rejected: [{ section: 'file', index: null, messages: messagesOf(file.error) }] };

  const rejected: Rejection[] = [];
  const units = parseRows('units', UnitInput, file.data.units, rejected);
  const links = parseRows('links', SiteLink, file.data.links, rejected);
  const banners = parseRows('banners', SnapshotBanner, file.data.banners, rejected);
  const existing = (await unitsRepository(db).all()).map((unit) => unit.id);
  checkReferences(units, banners, existing, rejected);
  if (rejected.length) {
    rejected.sort((a, b) => compareCodes(a.section, b.section) || (a.index ?? 0) - (b.index ?? 0));
    return { imported: 0, rejected };
  }

  // Unit foreign keys are deferred to the commit, so the order of units in the file does not matter.
  await inTransaction(db, async (trx) => {
    const site = siteRepository(trx);
    if (file.data.settings) await site.putSettings(file.data.settings);
    const unitRepo = unitsRepository(trx);
    for (const { row } of units) await unitRepo.put(row);
    for (const { row, index } of links) await site.putLink(row, index);
    const bannerRepo = bannersRepository(trx);
    for (const { row } of banners) await bannerRepo.put(row);
  });
  return { imported: units.length + links.length + banners.length, rejected };
}
