import type { SourceMapping } from '@pbgdpl/contract';
import { foldVi } from '@pbgdpl/vi-text';

/** An upstream item before our checks: its id upstream, and what it maps to (or why it cannot). */
export type UpstreamItem = { upstreamId: string } & (
  | { candidate: Record<string, unknown> }
  | { problem: string }
);

/** The units a source may name as issuers: id and name. */
export interface KnownUnit {
  id: string;
  name: string;
}

/** A dictionary looked up by the word folded (case, marks and tone placement do not matter). */
export function foldedLookup<V>(...tables: Array<Record<string, V>>): (word: string) => V | undefined {
  const folded = new Map<string, V>();
  // Later tables win: the source's own mapping after the built-in names.
  for (const table of tables)
    for (const [key, value] of Object.entries(table)) folded.set(foldVi(key), value);
  return (word) => folded.get(foldVi(word));
}

/** Issuer by the mapping, else by a unit's own name or id (historical units included). */
export function issuerLookup(
  mapping: SourceMapping,
  units: KnownUnit[],
): (word: string) => string | undefined {
  const byName = Object.fromEntries(
    units.flatMap((u) => [
      [u.name, u.id],
      [u.id, u.id],
    ]),
  );
  return foldedLookup(byName, mapping.issuers);
}
