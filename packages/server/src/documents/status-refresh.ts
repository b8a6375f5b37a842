import type { DocumentStatus } from '@pbgdpl/contract';
import type { Clock } from '../clock.ts';
import type { Db } from '../db/schema.ts';
import { toDbBool, toDbTime } from '../db/values.ts';
import { dataVersionsRepository } from '../repositories/data-versions.ts';
import { DOCUMENTS_VERSION } from '../search/catalog.ts';
import { statusOn, vietnamDay } from './status.ts';

/**
 * Moves every dated document whose status an editor did not set to the status its dates give
 * on `now`'s day in Vietnam, in one transaction; bumps the documents' data version when one
 * changed, so searches, facets, feeds and any cache keyed on that version see it. Returns how
 * many changed. Idempotent: nodes running it on the same day change nothing the second time.
 */
export async function refreshStatuses(db: Db, now: Date): Promise<number> {
  const today = vietnamDay(now);
  return db.transaction().execute(async (trx) => {
    const rows = await trx
      .selectFrom('documents')
      .select(['id', 'status', 'effective_from', 'effective_to'])
      .where('status_explicit', '=', toDbBool(false))
      .where((eb) => eb.or([eb('effective_from', 'is not', null), eb('effective_to', 'is not', null)]))
      .execute();
    const moves = new Map<DocumentStatus, number[]>();
    for (const row of rows) {
      const status = row.status as DocumentStatus;
      const next = statusOn(
        { status, statusExplicit: false, effectiveFrom: row.effective_from, effectiveTo: row.effective_to },
        today,
      );
      if (next !== status) moves.set(next, [...(moves.get(next) ?? []), row.id]);
    }
    let changed = 0;
    for (const [status, ids] of moves) {
      await trx
        .updateTable('documents')
        .set({ status, updated_at: toDbTime(now) })
        .where('id', 'in', ids)
        .execute();
      changed += ids.length;
    }
    if (changed > 0) await dataVersionsRepository(trx).bump(DOCUMENTS_VERSION);
    return changed;
  });
}

/** How often a running server looks whether the day has turned (the work happens once a day). */
export const STATUS_CHECK_INTERVAL_MS = 10 * 60 * 1000;

/**
 * Keeps statuses current for one process: `ensure()` refreshes once per Vietnamese day (the
 * first call of the day, the others wait for it), so a request never reads yesterday's status.
 * Never rejects. The server calls it before every API request and on a timer, so caches keyed on the data
 * version are invalidated even on a day nobody reads.
 */
export function statusKeeper(db: Db, clock: Clock) {
  let doneFor: string | null = null;
  let running: Promise<void> | null = null;
  return {
    async ensure(): Promise<void> {
      const now = clock();
      const day = vietnamDay(now);
      if (doneFor === day) return;
      // A failed refresh (database busy, gone) must not fail the reads: said, and tried again next time.
      running ??= refreshStatuses(db, now)
        .then(
          () => {
            doneFor = day;
          },
          (error: unknown) => {
            console.error('Không cập nhật được tình trạng hiệu lực (status refresh failed):', error);
          },
        )
        .finally(() => {
          running = null;
        });
      await running;
    },
  };
}
