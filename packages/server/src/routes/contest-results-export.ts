import { ContestResultsExportQuery, routes } from '@pbgdpl/contract';
import type { Context } from 'hono';
import { contestAttempts } from '../contests/attempts.ts';
import { pickRound, roundRanking } from '../contests/results.ts';
import type { Db } from '../db/schema.ts';
import type { AppDeps, AppEnv } from '../http/env.ts';
import { contestNotFound } from '../contests/problems.ts';
import { parseRequest } from '../http/validate.ts';
import { contestsRepository } from '../repositories/contests.ts';
import { csvFile } from '../text/csv.ts';

const HEADER = [
  'hang',
  'ho_ten',
  'don_vi_xa_phuong',
  'so_cau_dung',
  'so_cau',
  'thoi_gian_giay',
  'du_doan',
  'chenh_lech_du_doan',
  'dong_y_cong_khai',
  'dong_y_lien_he_trao_giai',
  'dien_thoai',
  'email',
  'so_dinh_danh',
  'nghi_van_thoi_gian',
];

/**
 * A round's ranking for the organisers as CSV (UTF-8 with a BOM): every participant's name and
 * place, and their contact details and identity number only when they agreed to be contacted
 * for prizes. Attempts answered faster than anyone reads are marked for a second look.
 */
export async function contestResultsExport(
  deps: AppDeps,
  c: Context<AppEnv>,
  visibleContest: (c: Context<AppEnv>, db: Db, id: number) => Promise<string>,
): Promise<{ body: string; filename: string }> {
  const id = Number(c.req.param('id'));
  if (!Number.isInteger(id) || id < 1) throw contestNotFound(id);
  await visibleContest(c, deps.db, id);
  const { query } = await parseRequest(
    c,
    { ...routes.adminContestList, query: ContestResultsExportQuery },
    [],
  );
  const contest = await contestsRepository(deps.db, deps.clock).get(id);
  if (!contest) throw contestNotFound(id);
  const round = pickRound(contest, query.round);
  await contestAttempts(deps).closeExpired(round.id);
  const { rows } = await roundRanking(deps.db, round);
  const yes = (flag: boolean) => (flag ? 'x' : '');
  const body = csvFile([
    HEADER,
    ...rows.map((row) => {
      const contact = row.consents.has('prize-contact');
      return [
        row.rank,
        row.name,
        row.commune,
        row.correct,
        row.total,
        Math.round(row.seconds * 10) / 10,
        row.guess,
        row.guessDistance,
        yes(row.consents.has('publish-result')),
        yes(contact),
        contact ? row.phone : null,
        contact ? row.email : null,
        contact ? row.idNumber : null,
        yes(row.flagged),
      ];
    }),
  ]);
  return { body, filename: `ket-qua-cuoc-thi-${id}-vong-${round.id}.csv` };
}
