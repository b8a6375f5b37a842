import type {
  AdminContest,
  AdminContestPage,
  ContentState,
  Contest,
  ContestInput,
  ContestPage,
  ContestState,
  ContestSummary,
} from '@pbgdpl/contract';
import { normalizeVi } from '@pbgdpl/vi-text';
import type { Selectable } from 'kysely';
import type { z } from 'zod';
import type { Clock } from '../clock.ts';
import type { Db, Tables } from '../db/schema.ts';
import { fromDbBool, toDbBool, toDbTime } from '../db/values.ts';
import { contestState, roundState } from '../contests/contest-schedule.ts';
import { sanitizeHtml } from '../text/html.ts';
import { stateChange } from '../db/state-change.ts';

export type ContestData = z.output<typeof ContestInput>;
type ContestRow = Selectable<Tables['contests']>;
type RoundRow = Selectable<Tables['contest_rounds']>;
type RoundData = ContestData['rounds'][number];

/** Open contests first (ending soonest), then upcoming (starting soonest), then ended (latest first). */
const STATE_ORDER: Record<ContestState, number> = { open: 0, upcoming: 1, closed: 2, results: 2 };
function publicOrder(a: ContestSummary, b: ContestSummary): number {
  const byState = STATE_ORDER[a.state] - STATE_ORDER[b.state];
  if (byState !== 0) return byState;
  if (a.state === 'open') return a.endsAt.localeCompare(b.endsAt);
  if (a.state === 'upcoming') return a.startsAt.localeCompare(b.startsAt);
  return b.endsAt.localeCompare(a.endsAt) || b.id - a.id;
}

const toRow = (data: ContestData) => ({
  title: normalizeVi(data.title),
  description: normalizeVi(data.description),
  rules: sanitizeHtml(data.rules),
  unit_id: data.unitId,
  document_ids: JSON.stringify(data.documentIds),
  target_groups: JSON.stringify(data.targetGroups),
  prizes: JSON.stringify(data.prizes.map((prize) => ({ ...prize, name: normalizeVi(prize.name) }))),
  results_published: toDbBool(data.resultsPublished),
});

const toRoundRow = (round: RoundData) => ({
  title: normalizeVi(round.title),
  starts_at: toDbTime(round.startsAt),
  ends_at: toDbTime(round.endsAt),
  question_count: round.questionCount,
  time_limit_seconds: round.timeLimitSeconds,
  max_attempts: round.maxAttempts,
  tie_break: toDbBool(round.tieBreak),
});

/** Contests with their rounds; `clock` gives the states they are in now. */
export function contestsRepository(db: Db, clock: Clock) {
  async function roundsOf(ids: number[]): Promise<Map<number, RoundRow[]>> {
    const byContest = new Map<number, RoundRow[]>(ids.map((id) => [id, []]));
    if (ids.length === 0) return byContest;
    const rows = await db
      .selectFrom('contest_rounds')
      .selectAll()
      .where('contest_id', 'in', ids)
      .orderBy('starts_at')
      .orderBy('id')
      .execute();
    for (const row of rows) byContest.get(row.contest_id)?.push(row);
    return byContest;
  }

  async function unitNames(ids: string[]): Promise<Map<string, string>> {
    if (ids.length === 0) return new Map();
    const rows = await db.selectFrom('units').select(['id', 'name']).where('id', 'in', ids).execute();
    return new Map(rows.map((row) => [row.id, row.name]));
  }

  const toRound = (row: RoundRow, now: Date) => ({
    id: row.id,
    title: row.title,
    startsAt: row.starts_at,
    endsAt: row.ends_at,
    questionCount: row.question_count,
    timeLimitSeconds: row.time_limit_seconds,
    maxAttempts: row.max_attempts,
    tieBreak: fromDbBool(row.tie_break),
    state: roundState({ startsAt: row.starts_at, endsAt: row.ends_at }, now),
  });

  /** What the list and the detail both show. */
  function basics(row: ContestRow, rounds: RoundRow[], unitName: string, now: Date) {
    const windows = rounds.map((r) => ({ startsAt: r.starts_at, endsAt: r.ends_at }));
    return {
      id: row.id,
      title: row.title,
      unit: { id: row.unit_id, name: unitName },
      targetGroups: JSON.parse(row.target_groups) as ContestSummary['targetGroups'],
      state: contestState(windows, fromDbBool(row.results_published), now),
      startsAt: rounds[0]?.starts_at ?? row.created_at,
      endsAt:
        rounds
          .map((r) => r.ends_at)
          .sort()
          .at(-1) ?? row.created_at,
    };
  }

  const summary = (row: ContestRow, rounds: RoundRow[], unitName: string, now: Date): ContestSummary => ({
    ...basics(row, rounds, unitName, now),
    rounds: rounds.length,
  });

  /** The contest as the public sees it; `publishedOnly` documents unless an editor asks. */
  async function detail(row: ContestRow, publishedOnly: boolean): Promise<Contest> {
    const now = clock();
    const rounds = (await roundsOf([row.id])).get(row.id) ?? [];
    const unitName = (await unitNames([row.unit_id])).get(row.unit_id) ?? row.unit_id;
    const documentIds = JSON.parse(row.document_ids) as number[];
    let documents = db
      .selectFrom('documents')
      .select(['id', 'number', 'title'])
      .where('id', 'in', documentIds);
    if (publishedOnly) documents = documents.where('published', '=', 1);
    const found = new Map((documentIds.length > 0 ? await documents.execute() : []).map((d) => [d.id, d]));
    const shown = rounds.map((r) => toRound(r, now));
    return {
      ...basics(row, rounds, unitName, now),
      description: row.description,
      rules: row.rules,
      documents: documentIds.flatMap((id) => found.get(id) ?? []),
      prizes: JSON.parse(row.prizes) as Contest['prizes'],
      rounds: shown,
      currentRound: shown.find((r) => r.state === 'open')?.id ?? null,
      resultsPublished: fromDbBool(row.results_published),
    };
  }

  async function count(table: 'contest_questions' | 'contest_participants', contestId: number) {
    const { n } = await db
      .selectFrom(table)
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('contest_id', '=', contestId)
      .executeTakeFirstOrThrow();
    return Number(n);
  }

  async function toAdmin(row: ContestRow): Promise<AdminContest> {
    return {
      ...(await detail(row, false)),
      reviewState: row.state as ContentState,
      documentIds: JSON.parse(row.document_ids) as number[],
      bankSize: await count('contest_questions', row.id),
      participants: await count('contest_participants', row.id),
      version: row.version,
      updatedAt: row.updated_at,
    };
  }

  const row = (id: number) => db.selectFrom('contests').selectAll().where('id', '=', id).executeTakeFirst();

  async function writeRounds(contestId: number, rounds: RoundData[]): Promise<void> {
    const kept = rounds.flatMap((round) => (round.id === undefined ? [] : [round.id]));
    let gone = db.deleteFrom('contest_rounds').where('contest_id', '=', contestId);
    if (kept.length > 0) gone = gone.where('id', 'not in', kept);
    await gone.execute();
    for (const round of rounds) {
      if (round.id === undefined)
        await db
          .insertInto('contest_rounds')
          .values({ ...toRoundRow(round), contest_id: contestId })
          .execute();
      else
        await db
          .updateTable('contest_rounds')
          .set(toRoundRow(round))
          .where('id', '=', round.id)
          .where('contest_id', '=', contestId)
          .execute();
    }
  }

  return {
    /** Published contests, filtered by unit and state now, open ones first. */
    async publicPage(query: {
      page: number;
      pageSize: number;
      unit?: string | undefined;
      state?: ContestState | undefined;
    }): Promise<ContestPage> {
      const now = clock();
      let select = db.selectFrom('contests').selectAll().where('state', '=', 'published');
      if (query.unit) select = select.where('unit_id', '=', query.unit);
      const rows = await select.execute();
      const rounds = await roundsOf(rows.map((r) => r.id));
      const names = await unitNames([...new Set(rows.map((r) => r.unit_id))]);
      const all = rows
        .map((r) => summary(r, rounds.get(r.id) ?? [], names.get(r.unit_id) ?? r.unit_id, now))
        .filter((c) => !query.state || c.state === query.state)
        .sort(publicOrder);
      const start = (query.page - 1) * query.pageSize;
      return {
        items: all.slice(start, start + query.pageSize),
        total: all.length,
        page: query.page,
        pageSize: query.pageSize,
      };
    },

    /** When some published contest's round next opens or closes: the list's states move then. */
    async nextScheduleChange(now: Date): Promise<Date | undefined> {
      const at = toDbTime(now);
      const row = await db
        .selectFrom('contest_rounds')
        .innerJoin('contests', 'contests.id', 'contest_rounds.contest_id')
        .where('contests.state', '=', 'published')
        .select((eb) => [
          eb.fn.min(eb.case().when('starts_at', '>', at).then(eb.ref('starts_at')).end()).as('start'),
          eb.fn.min(eb.case().when('ends_at', '>', at).then(eb.ref('ends_at')).end()).as('end'),
        ])
        .executeTakeFirst();
      const times = [row?.start, row?.end].filter((t): t is string => typeof t === 'string');
      const [first] = times.sort();
      return first === undefined ? undefined : new Date(first);
    },

    async getPublished(id: number): Promise<Contest | undefined> {
      const found = await row(id);
      return found && found.state === 'published' ? detail(found, true) : undefined;
    },

    async page(query: {
      page: number;
      pageSize: number;
      unit?: string | undefined;
      reviewState?: ContentState | undefined;
    }): Promise<AdminContestPage> {
      let base = db.selectFrom('contests');
      if (query.unit) base = base.where('unit_id', '=', query.unit);
      if (query.reviewState) base = base.where('state', '=', query.reviewState);
      const { total } = await base
        .select((eb) => eb.fn.countAll<number>().as('total'))
        .executeTakeFirstOrThrow();
      const rows = await base
        .selectAll()
        .orderBy('updated_at', 'desc')
        .orderBy('id', 'desc')
        .limit(query.pageSize)
        .offset((query.page - 1) * query.pageSize)
        .execute();
      const items: AdminContest[] = [];
      for (const r of rows) items.push(await toAdmin(r));
      return { items, total: Number(total), page: query.page, pageSize: query.pageSize };
    },

    async get(id: number): Promise<AdminContest | undefined> {
      const found = await row(id);
      return found && toAdmin(found);
    },

    /** The unit a contest belongs to, for checks on its bank. */
    async unitOf(id: number): Promise<string | undefined> {
      return (await db.selectFrom('contests').select('unit_id').where('id', '=', id).executeTakeFirst())
        ?.unit_id;
    },

    async create(data: ContestData, now: Date): Promise<AdminContest> {
      const at = toDbTime(now);
      const created = await db
        .insertInto('contests')
        .values({ ...toRow(data), created_at: at, updated_at: at })
        .returningAll()
        .executeTakeFirstOrThrow();
      await writeRounds(created.id, data.rounds);
      return toAdmin(created);
    },

    /** Replaces the contest and its rounds: rounds not listed go (the caller checked they have no attempts). */
    async update(id: number, data: ContestData, now: Date): Promise<AdminContest | undefined> {
      const updated = await db
        .updateTable('contests')
        .set((eb) => ({ ...toRow(data), updated_at: toDbTime(now), version: eb('version', '+', 1) }))
        .where('id', '=', id)
        .returningAll()
        .executeTakeFirst();
      if (!updated) return undefined;
      await writeRounds(id, data.rounds);
      return toAdmin(updated);
    },

    async setState(id: number, state: ContentState, now: Date): Promise<AdminContest | undefined> {
      const updated = await db
        .updateTable('contests')
        .set(stateChange(state, now))
        .where('id', '=', id)
        .returningAll()
        .executeTakeFirst();
      return updated && toAdmin(updated);
    },

    async remove(id: number): Promise<boolean> {
      const result = await db.deleteFrom('contests').where('id', '=', id).executeTakeFirst();
      return result.numDeletedRows > 0n;
    },

    /** Of `roundIds`, those of another contest than `contestId`, and those of it that have attempts. */
    async roundProblems(contestId: number | undefined, roundIds: number[]) {
      const rounds =
        contestId === undefined
          ? []
          : await db.selectFrom('contest_rounds').select('id').where('contest_id', '=', contestId).execute();
      const own = new Set(rounds.map((r) => r.id));
      const foreign = roundIds.filter((id) => !own.has(id));
      const dropped = [...own].filter((id) => !roundIds.includes(id));
      const used =
        dropped.length === 0
          ? []
          : await db
              .selectFrom('contest_attempts')
              .select('round_id')
              .distinct()
              .where('round_id', 'in', dropped)
              .execute();
      return { foreign, droppedWithAttempts: used.map((r) => r.round_id) };
    },
  };
}
