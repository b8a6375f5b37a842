import type { MediaConfig } from '../config.ts';
import { holdTransactionLock } from '../db/dialect.ts';
import type { Db } from '../db/schema.ts';
import { unitsRepository } from '../repositories/units.ts';
import { loadDemoContent } from './demo-content.ts';
import { seedSite } from './site.ts';

/** What seeding wrote: the province's profile, the demo content (each false when left alone). */
export interface Seeded {
  site: boolean;
  demoContent: boolean;
}

/** Tables whose rows are content: with any of them, the demo never loads. */
const CONTENT_TABLES = [
  'documents',
  'questions',
  'videos',
  'banners',
  'activities',
  'reporters',
  'contests',
  'articles',
  'dialogues',
] as const;

async function hasContent(db: Db): Promise<boolean> {
  for (const table of CONTENT_TABLES)
    if (await db.selectFrom(table).select('id').limit(1).executeTakeFirst()) return true;
  return false;
}

/**
 * Fills what an empty database lacks, all or nothing and once however many nodes start
 * together: the province's units, settings and links when there are no units; the demo
 * content, when asked, while there is no content at all. Real data is never touched.
 */
export async function seedIfEmpty(
  db: Db,
  now: Date,
  options: { demoContent: boolean; media: MediaConfig },
): Promise<Seeded> {
  return db.transaction().execute(async (trx) => {
    await holdTransactionLock(trx, 'pbgdpl.seed');
    const site = await unitsRepository(trx).isEmpty();
    if (site) await seedSite(trx);
    const demoContent = options.demoContent && !(await hasContent(trx));
    if (demoContent) await loadDemoContent(trx, now, options.media);
    return { site, demoContent };
  });
}
