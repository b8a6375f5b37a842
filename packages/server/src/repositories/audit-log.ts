import type { Db } from '../db/schema.ts';
import { toDbTime } from '../db/values.ts';

export type AuditedAction =
  | 'created'
  | 'updated'
  | 'deleted'
  | 'published'
  | 'unpublished'
  | 'signed-in'
  | 'sign-in-failed'
  | 'password-set'
  | 'password-changed'
  | 'link-sent'
  | 'submitted'
  | 'returned'
  | 'synced';

/** Who changed which item, how and when; written in the change's own transaction. */
export function auditLogRepository(db: Db) {
  return {
    async record(
      entity: string,
      entityId: number,
      entry: { at: Date; actor: string; action: AuditedAction; detail?: string },
    ): Promise<void> {
      await db
        .insertInto('audit_log')
        .values({
          entity,
          entity_id: entityId,
          at: toDbTime(entry.at),
          actor: entry.actor,
          action: entry.action,
          detail: entry.detail ?? null,
        })
        .execute();
    },
  };
}
