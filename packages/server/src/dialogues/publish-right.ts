import type { Context } from 'hono';
import type { Db } from '../db/schema.ts';
import { atLeast } from '../http/auth.ts';
import type { AppEnv } from '../http/env.ts';
import { editorsOnly } from '../http/unit-scope.ts';
import { questionRoutingRepository } from '../repositories/question-routing.ts';

/**
 * Editors publish any answer or response; a unit's contributors their own unit's only where the
 * administrator lets the unit publish its own answers (the Q&A box's rule, one table for both).
 */
export async function requirePublishRight(c: Context<AppEnv>, db: Db, unit: string): Promise<void> {
  if (atLeast(c.get('principal'), 'editor')) return;
  if (await questionRoutingRepository(db).publishesAnswers(unit)) return;
  throw editorsOnly({ vi: 'công bố câu trả lời của đơn vị này', en: "publish this unit's answers" });
}
