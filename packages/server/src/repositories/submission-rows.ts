import type { SubmissionAnswer } from '@pbgdpl/contract';
import { normalizeVi } from '@pbgdpl/vi-text';
import { fromDbBool, toDbBool } from '../db/values.ts';

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
