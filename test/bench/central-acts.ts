import { foldVi } from '@pbgdpl/vi-text';

/** A URL slug from any text: `Luật Đất đai` → `luat-dat-dai`. */
const fileSlug = (text: string) =>
  foldVi(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/**
 * Central acts generated documents are based on. They are not issued by any of our units, so
 * they stay relation targets with a title and a link to the national legal database.
 * Numbers, titles and dates are public facts; the vbpl.vn ItemIDs are illustrative.
 */
const CENTRAL = {
  datDai: ['31/2024/QH15', 'Luật Đất đai', '2024-01-18', 165366],
  pbgdpl: ['14/2012/QH13', 'Luật Phổ biến, giáo dục pháp luật', '2012-06-20', 27863],
  hoaGiai: ['35/2013/QH13', 'Luật Hòa giải ở cơ sở', '2013-06-20', 30563],
  xlvphc: ['15/2012/QH13', 'Luật Xử lý vi phạm hành chính', '2012-06-20', 27850],
  giaoDuc: ['43/2019/QH14', 'Luật Giáo dục', '2019-06-14', 136092],
  nsnn: ['83/2015/QH13', 'Luật Ngân sách nhà nước', '2015-06-25', 70807],
  phiLePhi: ['97/2015/QH13', 'Luật Phí và lệ phí', '2015-11-25', 96113],
  thuyLoi: ['08/2017/QH14', 'Luật Thủy lợi', '2017-06-19', 123388],
  xayDung: ['50/2014/QH13', 'Luật Xây dựng', '2014-06-18', 36871],
  bvmt: ['72/2020/QH14', 'Luật Bảo vệ môi trường', '2020-11-17', 146325],
  dauTu: ['61/2020/QH14', 'Luật Đầu tư', '2020-06-17', 143145],
  khamBenh: ['15/2023/QH15', 'Luật Khám bệnh, chữa bệnh', '2023-01-09', 159025],
} as const satisfies Record<string, readonly [string, string, string, number]>;

export type CentralKey = keyof typeof CENTRAL;

export interface CentralAct {
  number: string;
  title: string;
  issuedOn: string;
  url: string;
}

export function central(key: CentralKey): CentralAct {
  const [number, title, issuedOn, itemId] = CENTRAL[key];
  return { number, title, issuedOn, url: `https://vbpl.vn/van-ban/chi-tiet/${fileSlug(title)}--${itemId}` };
}
