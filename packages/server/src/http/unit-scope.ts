import type { Context } from 'hono';
import type { AppEnv } from './env.ts';
import { ProblemError } from './problem.ts';

/** The unit the caller is limited to (see `Principal.scope`); undefined: every unit. */
export const scopeOf = (c: Context<AppEnv>): string | undefined => c.get('principal').scope ?? undefined;

/** Whether the caller may see an item of `unit` (null: a province-wide item, editors' only). */
export function inScope(c: Context<AppEnv>, unit: string | null): boolean {
  const scope = scopeOf(c);
  return scope === undefined || unit === scope;
}

/** What a unit's person may not do (publish, delete, route elsewhere): 403 with the reason. */
export function editorsOnly(action: { vi: string; en: string }): ProblemError {
  return new ProblemError(403, {
    detail: {
      vi: `Chỉ biên tập viên mới được ${action.vi}.`,
      en: `Only editors may ${action.en}.`,
    },
  });
}
