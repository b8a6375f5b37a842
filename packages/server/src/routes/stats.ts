import { routes, statsExportRoute, type StatsQuery } from '@pbgdpl/contract';
import type { Context, Hono } from 'hono';
import type { z } from 'zod';
import { cacheUntil, publicBody } from '../http/cache.ts';
import type { AppDeps, AppEnv } from '../http/env.ts';
import { requestLanguage } from '../http/problem.ts';
import { apiPath, registerRoute } from '../http/route.ts';
import { unknownUnitProblem } from '../http/unknown-unit.ts';
import { parseRequest } from '../http/validate.ts';
import { unitsRepository } from '../repositories/units.ts';
import { statsCsv } from '../stats/stats-csv.ts';
import { nextVnDay, resolvePeriod, vnDay } from '../stats/stats-period.ts';
import { statsReport } from '../stats/stats-report.ts';

type ParsedQuery = z.output<typeof StatsQuery>;

/**
 * Beacons are counted, not written as content, so they do not invalidate cached answers:
 * figures of a period that includes today are made again after this long (HTTP caches may
 * keep them as long: `max-age=60`).
 */
const TODAY_FRESH_MS = 60_000;

/** The statistics as JSON for the board and as CSV for spreadsheets, from one computation. */
export function statsRoutes(app: Hono<AppEnv>, deps: AppDeps): void {
  async function report(query: ParsedQuery, c: Context<AppEnv>) {
    const unitName = query.unit ? await unitsRepository(deps.db).nameOf(query.unit) : undefined;
    if (query.unit && unitName === undefined)
      throw unknownUnitProblem('unit', query.unit, requestLanguage(c));
    const now = deps.clock();
    const period = resolvePeriod(query, now);
    // Tomorrow the default period or the day read raw may be another.
    cacheUntil(c, nextVnDay(now));
    const today = vnDay(now);
    if (period.from <= today && today <= period.to) cacheUntil(c, new Date(now.getTime() + TODAY_FRESH_MS));
    const data = await statsReport(
      deps.db,
      { period, unit: query.unit ?? null, granularity: query.granularity },
      now,
    );
    return { data, unitName: unitName ?? null };
  }

  registerRoute(app, deps, routes.stats, async ({ query }, c) => (await report(query, c)).data);

  app.get(apiPath('statsExport'), async (c) => {
    const { query } = await parseRequest(
      c,
      { ...statsExportRoute, method: 'get', tag: 'stats', status: 200 },
      [],
    );
    const { data, unitName } = await report(query, c);
    const lang = query.lang ?? requestLanguage(c);
    c.header(
      'Content-Disposition',
      `attachment; filename="thong-ke-pbgdpl-${data.period.from}-${data.period.to}.csv"`,
    );
    c.header('Content-Language', lang);
    c.header('Vary', 'Accept-Language');
    return publicBody(c, statsCsv(data, unitName, lang), 'text/csv; charset=utf-8; header=present');
  });
}
