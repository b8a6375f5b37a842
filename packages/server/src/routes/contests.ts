import { routes } from '@pbgdpl/contract';
import type { Context, Hono } from 'hono';
import { contestAttempts } from '../contests/attempts.ts';
import { nextScheduleChange } from '../contests/contest-schedule.ts';
import { contestNotFound } from '../contests/problems.ts';
import { contestRegistration } from '../contests/registration.ts';
import { pickRound, publicResults, roundRanking } from '../contests/results.ts';
import { cacheUntil } from '../http/cache.ts';
import { idempotent } from '../http/idempotency.ts';
import type { AppDeps, AppEnv } from '../http/env.ts';
import { requestLanguage } from '../http/problem.ts';
import { rateLimit } from '../http/rate-limit.ts';
import { registerRoute } from '../http/route.ts';
import { unknownUnitProblem } from '../http/unknown-unit.ts';
import { contestsRepository } from '../repositories/contests.ts';
import { unitsRepository } from '../repositories/units.ts';
import { noStore } from './questions.ts';

/**
 * Registrations per client address per minute. Generous: a school's class registers from one
 * address; the proof of work and one participant per phone or e-mail do the rest.
 */
const REGISTRATIONS_PER_MINUTE = 60;

/** Results follow submissions, which do not move the content version: they are made again this often. */
const RESULTS_FRESH_MS = 60_000;

/** Public contests, taking part (registration, attempts) and results. */
export function contestRoutes(app: Hono<AppEnv>, deps: AppDeps): void {
  const contests = contestsRepository(deps.db, deps.clock);
  const registration = contestRegistration(deps);
  const attempts = contestAttempts(deps);

  /** A published contest; its cached answers hold until one of its rounds opens or closes. */
  async function published(id: number, c: Context<AppEnv>) {
    const contest = await contests.getPublished(id);
    if (!contest) throw contestNotFound(id);
    const change = nextScheduleChange(contest.rounds, deps.clock());
    if (change) cacheUntil(c, change);
    return contest;
  }

  registerRoute(app, deps, routes.contests, async ({ query }, c) => {
    if (query.unit && !(await unitsRepository(deps.db).exists(query.unit)))
      throw unknownUnitProblem('unit', query.unit, requestLanguage(c));
    const change = await contests.nextScheduleChange(deps.clock());
    if (change) cacheUntil(c, change);
    return contests.publicPage(query);
  });

  registerRoute(app, deps, routes.contestGet, async ({ params }, c) => published(params.id, c));

  registerRoute(app, deps, routes.contestForm, async ({ params }, c) => registration.form(params.id, c), {
    before: [noStore],
  });

  registerRoute(
    app,
    deps,
    routes.contestRegister,
    async ({ params, body }, c) => registration.register(params.id, body, c),
    { before: [idempotent(deps), rateLimit(deps, 'contest-register', REGISTRATIONS_PER_MINUTE)] },
  );

  registerRoute(
    app,
    deps,
    routes.contestAttemptStart,
    async ({ params, body }, c) => attempts.start(params.id, body.participantToken, c),
    { before: [idempotent(deps)] },
  );

  registerRoute(app, deps, routes.contestResults, async ({ params, query }, c) => {
    const contest = await published(params.id, c);
    const round = pickRound(contest, query.round);
    cacheUntil(c, new Date(deps.clock().getTime() + RESULTS_FRESH_MS));
    await attempts.closeExpired(round.id);
    return publicResults(deps.db, contest.id, await roundRanking(deps.db, round), query);
  });

  // An attempt is its participant's alone: never kept by a cache.
  registerRoute(app, deps, routes.attemptGet, async ({ params }) => attempts.read(params.key), {
    before: [noStore],
  });

  registerRoute(app, deps, routes.attemptAnswer, async ({ params, body }, c) =>
    attempts.answer(params.key, params.questionId, body.choices, c),
  );

  registerRoute(app, deps, routes.attemptGuess, async ({ params, body }, c) =>
    attempts.guess(params.key, body.guess, c),
  );

  registerRoute(app, deps, routes.attemptSubmit, async ({ params, body }) =>
    attempts.submit(params.key, body.guess),
  );
}
