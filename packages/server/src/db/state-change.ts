import type { ContentState } from '@pbgdpl/contract';
import { sql } from 'kysely';
import { toDbTime } from './values.ts';

/**
 * The columns every workflow move writes on a content row. `versionMoved` is set when the
 * same request has already bumped the row's version (an edit saved and submitted at once),
 * so one request stays one version for the editors' conflict check.
 */
export function stateChange(state: ContentState, now: Date, versionMoved = false) {
  return {
    state,
    updated_at: toDbTime(now),
    version: versionMoved ? sql<number>`version` : sql<number>`version + 1`,
  };
}
