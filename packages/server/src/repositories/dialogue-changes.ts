import { sql } from 'kysely';
import { holdTransactionLock, isPostgres } from '../db/dialect.ts';
import type { Db } from '../db/schema.ts';
import { toDbTime } from '../db/values.ts';

/** What changed: a question of the session (`itemId`: the question) or the session itself. */
export interface DialogueChange {
  id: number;
  dialogueId: number;
  kind: 'question' | 'session';
  itemId: number;
}

/** The channel PostgreSQL's NOTIFY wakes the nodes' pollers on (they poll anyway). */
export const CHANGES_CHANNEL = 'dialogue_changes';

const toChange = (row: {
  id: number;
  dialogue_id: number;
  kind: string;
  item_id: number;
}): DialogueChange => ({
  id: row.id,
  dialogueId: row.dialogue_id,
  kind: row.kind as DialogueChange['kind'],
  itemId: row.item_id,
});

/** The log of public changes of dialogue sessions that the live streams read (migration 0026). */
export function dialogueChangesRepository(db: Db) {
  return {
    /**
     * Records a change, inside the transaction that makes it (`db` must be one). On PostgreSQL
     * the writers of changes take turns until they commit, so ids become visible in their order
     * and a poller reading "after the last id seen" never skips one committed late.
     */
    async record(change: Omit<DialogueChange, 'id'>, now: Date): Promise<void> {
      if (isPostgres(db)) await holdTransactionLock(db, CHANGES_CHANNEL);
      await db
        .insertInto('dialogue_changes')
        .values({
          dialogue_id: change.dialogueId,
          kind: change.kind,
          item_id: change.itemId,
          changed_at: toDbTime(now),
        })
        .execute();
      // Delivered at commit, to the nodes listening: they poll at once rather than at their next turn.
      if (isPostgres(db)) await sql`select pg_notify(${CHANGES_CHANNEL}, '')`.execute(db);
    },

    /** The newest change's id; 0 when there has been none. */
    async latest(): Promise<number> {
      const row = await db
        .selectFrom('dialogue_changes')
        .select((eb) => eb.fn.max('id').as('id'))
        .executeTakeFirst();
      return Number(row?.id ?? 0);
    },

    /** The oldest change kept (older ones are pruned); undefined when none is. */
    async oldest(): Promise<number | undefined> {
      const row = await db
        .selectFrom('dialogue_changes')
        .select((eb) => eb.fn.min('id').as('id'))
        .executeTakeFirst();
      return row?.id === null || row?.id === undefined ? undefined : Number(row.id);
    },

    /** Changes after `id` in id order, of one session or of all; at most `limit`. */
    async after(id: number, limit: number, dialogueId?: number): Promise<DialogueChange[]> {
      let select = db.selectFrom('dialogue_changes').selectAll().where('id', '>', id);
      if (dialogueId !== undefined) select = select.where('dialogue_id', '=', dialogueId);
      return (await select.orderBy('id').limit(limit).execute()).map(toChange);
    },

    /** Drops changes older than `before`, always keeping the newest (the ids' high mark). */
    async prune(before: Date): Promise<number> {
      const newest = await this.latest();
      const result = await db
        .deleteFrom('dialogue_changes')
        .where('changed_at', '<', toDbTime(before))
        .where('id', '<', newest)
        .executeTakeFirst();
      return Number(result.numDeletedRows);
    },
  };
}
