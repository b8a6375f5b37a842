import type { DocumentStatus } from '@pbgdpl/contract';

/** Vietnam keeps UTC+7 all year: a document takes effect at midnight there, wherever the server runs. */
const VIETNAM_OFFSET_MS = 7 * 60 * 60 * 1000;

/** The calendar day in Vietnam at `now`, as yyyy-mm-dd. */
export const vietnamDay = (now: Date): string =>
  new Date(now.getTime() + VIETNAM_OFFSET_MS).toISOString().slice(0, 10);

const dayAfter = (day: string): string => {
  const next = new Date(`${day}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return next.toISOString().slice(0, 10);
};

export interface StatusFacts {
  status: DocumentStatus;
  statusExplicit: boolean;
  effectiveFrom: string | null;
  effectiveTo: string | null;
}

/**
 * The status on `today`: an editor's explicit status stands; otherwise the dates decide
 * (effectiveTo is the last day in force, as the examples count it); an undated
 * document keeps the status it was given.
 */
export function statusOn(doc: StatusFacts, today: string): DocumentStatus {
  if (doc.statusExplicit) return doc.status;
  if (doc.effectiveTo && today > doc.effectiveTo) return 'expired';
  if (doc.effectiveFrom) return today >= doc.effectiveFrom ? 'in-force' : 'not-yet-in-force';
  return doc.status;
}

/** Since when the current status applies, where the dates or the editor say. */
export function statusSince(doc: StatusFacts & { explicitSince: string | null }): string | null {
  if (doc.statusExplicit) return doc.explicitSince;
  if (doc.status === 'expired' && doc.effectiveTo) return dayAfter(doc.effectiveTo);
  if (doc.status === 'in-force' && doc.effectiveFrom) return doc.effectiveFrom;
  return null;
}
