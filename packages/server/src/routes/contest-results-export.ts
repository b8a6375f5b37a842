import { ContestResultsExportQuery, routes } from '@pbgdpl/contract';
import type { Context } from 'hono';
import { organiserResults } from '../contests/organiser-results.ts';
import { contestNotFound } from '../contests/problems.ts';
import { atLeast } from '../http/auth.ts';
import type { Db } from '../db/schema.ts';
import type { AppDeps, AppEnv } from '../http/env.ts';
import { parseRequest } from '../http/validate.ts';
import { type CsvValue, csvFile } from '../text/csv.ts';
import { xlsxFile } from '../text/xlsx.ts';
import type { SheetFile } from './file-route.ts';

const HEADER = [
  'hang',
  'ho_ten',
  'don_vi_xa_phuong',
  'so_cau_dung',
  'so_cau',
  'thoi_gian_giay',
  'du_doan',
  'chenh_lech_du_doan',
  'giai_thuong',
  'dong_y_cong_khai',
  'dong_y_lien_he_trao_giai',
  'dien_thoai',
  'email',
  'so_dinh_danh',
  'nghi_van_thoi_gian',
];

/**
 * A round's ranking for the organisers as a sheet: every participant's name, place and prize;
 * their contact details and identity number only for editors and admins, and only when the
 * participant agreed to be contacted for prizes. Attempts answered faster than anyone reads are
 * marked for a second look.
 */
async function resultsSheet(
  deps: AppDeps,
  c: Context<AppEnv>,
  visibleContest: (c: Context<AppEnv>, db: Db, id: number) => Promise<string>,
): Promise<{ rows: CsvValue[][]; name: string }> {
  const id = Number(c.req.param('id'));
  if (!Number.isInteger(id) || id < 1) throw contestNotFound(id);
  await visibleContest(c, deps.db, id);
  const { query } = await parseRequest(
    c,
    { ...routes.adminContestList, query: ContestResultsExportQuery },
    [],
  );
  const showContact = atLeast(c.get('principal'), 'editor');
  const { ranking, rows } = await organiserResults(deps, id, query.round, showContact);
  const yes = (flag: boolean) => (flag ? 'x' : '');
  return {
    name: `ket-qua-cuoc-thi-${id}-vong-${ranking.round.id}`,
    rows: [
      HEADER,
      ...rows.map((row) => [
        row.rank,
        row.name,
        row.commune,
        row.correct,
        row.total,
        Math.round(row.seconds * 10) / 10,
        row.guess,
        row.guessDistance,
        row.prize,
        yes(row.publishConsent),
        yes(row.prizeContactConsent),
        row.contact?.phone ?? null,
        row.contact?.email ?? null,
        row.contact?.idNumber ?? null,
        yes(row.flagged),
      ]),
    ],
  };
}

/** The results as CSV (UTF-8 with a BOM) or XLSX. */
export async function contestResultsExport(
  deps: AppDeps,
  c: Context<AppEnv>,
  visibleContest: (c: Context<AppEnv>, db: Db, id: number) => Promise<string>,
  format: 'csv' | 'xlsx',
): Promise<SheetFile> {
  const { rows, name } = await resultsSheet(deps, c, visibleContest);
  return format === 'csv'
    ? { body: csvFile(rows), filename: `${name}.csv` }
    : { body: await xlsxFile(rows), filename: `${name}.xlsx` };
}
