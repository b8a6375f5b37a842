import { DocumentInput } from '@pbgdpl/contract';
import { holdTransactionLock } from '../db/dialect.ts';
import type { Db } from '../db/schema.ts';
import { bannersRepository } from '../repositories/banners.ts';
import { documentsRepository } from '../repositories/documents.ts';
import { siteRepository } from '../repositories/site.ts';
import { unitsRepository } from '../repositories/units.ts';
import { seedBanners, toBannerData } from './banners.ts';
import { seedDocuments } from './documents/index.ts';
import { seedLinks, seedSettings } from './site.ts';
import { seedUnits } from './units.ts';
import { seedVideos } from './videos/index.ts';
import { videosRepository } from '../repositories/videos.ts';
import { seedStatsData } from './stats.ts';
import { seedQuestions } from './questions.ts';

/**
 * Fills an empty database with the Tây Ninh demo content, all or nothing. Returns false (and
 * writes nothing) when there are units already: seeding never touches real data.
 */
export async function seedIfEmpty(db: Db, now: Date): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    await holdTransactionLock(trx, 'pbgdpl.seed');
    const units = unitsRepository(trx);
    if (!(await units.isEmpty())) return false;
    for (const unit of seedUnits) await units.put(unit);
    const site = siteRepository(trx);
    await site.putSettings(seedSettings);
    for (const [position, link] of seedLinks.entries()) await site.putLink(link, position);
    const banners = bannersRepository(trx);
    for (const banner of seedBanners) await banners.create(toBannerData(banner, now), now);
    const documents = documentsRepository(trx);
    for (const document of seedDocuments) await documents.insert(DocumentInput.parse(document), now);
    await seedQuestions(trx, now); // after documents: answers link to them by number
    const videos = videosRepository(trx);
    for (const video of seedVideos) await videos.create(video, now);
    await seedStatsData(trx, now);
    return true;
  });
}
