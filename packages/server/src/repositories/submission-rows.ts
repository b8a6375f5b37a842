import type { SubmissionAnswer } from '@pbgdpl/contract';
import { normalizeVi } from '@pbgdpl/vi-text';
import type { Updateable } from 'kysely';
import type { Db, Tables } from '../db/schema.ts';
import { fromDbBool, toDbBool, toDbTime } from '../db/values.ts';

/** What a sender of a dialogue question or of feedback gives, checked by the contract. */
export interface NewSubmission {
  name: string;
  email?: string | undefined;
  phone?: string | undefined;
  organisation?: string | undefined;
  body: string;
  publishName: boolean;
}

interface SenderRow {
  sender_name: string;
  sender_email: string | null;
  sender_phone: string | null;
  sender_organisation: string | null;
  publish_name: number;
}

/** The sender's columns, as both tables store them. */
export const senderColumns = (sent: NewSubmission): SenderRow => ({
  sender_name: normalizeVi(sent.name),
  sender_email: sent.email ?? null,
  sender_phone: sent.phone ?? null,
  sender_organisation: sent.organisation === undefined ? null : normalizeVi(sent.organisation),
  publish_name: toDbBool(sent.publishName),
});

export const senderOf = (row: SenderRow) => ({
  name: row.sender_name,
  email: row.sender_email,
  phone: row.sender_phone,
  organisation: row.sender_organisation,
  publishName: fromDbBool(row.publish_name),
});

/** An official's answer from its columns, or null while there is none. */
export function answerOf(
  html: string | null,
  by: string | null,
  title: string | null,
  at: string | null,
): SubmissionAnswer | null {
  if (html === null || by === null || title === null || at === null) return null;
  return { html, answeredBy: by, answererTitle: title, answeredAt: at };
}

/** A queue's counts per status (every status, zero when none), and how many the page's filter finds. */
export function queueCounts<S extends string>(
  statuses: readonly S[],
  rows: Array<{ status: string; n: number | string }>,
  filter: S | undefined,
): { counts: Record<S, number>; total: number } {
  const counts = Object.fromEntries(statuses.map((status) => [status, 0])) as Record<S, number>;
  for (const row of rows) counts[row.status as S] = Number(row.n);
  const total = filter ? counts[filter] : Object.values<number>(counts).reduce((a, b) => a + b, 0);
  return { counts, total };
}

/**
 * One write of a dialogue question or of feedback, in a transaction: the columns, its time and
 * its version moved (the editor's If-Match); whether the row was there. The two tables share
 * `id`, `version` and `updated_at`, which is all this names.
 */
export async function writeSubmission<T extends 'dialogue_questions' | 'document_feedback'>(
  db: Db,
  table: T,
  id: number,
  set: Updateable<Tables[T]>,
  now: Date,
): Promise<boolean> {
  const result = await db
    .updateTable(table as 'document_feedback')
    .set((eb) => ({
      ...(set as Updateable<Tables['document_feedback']>),
      updated_at: toDbTime(now),
      version: eb('version', '+', 1),
    }))
    .where('id', '=', id)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}
