import type { RelationInput, RelationType } from '@pbgdpl/contract';
import { fileSlug } from './pdf.ts';

/**
 * Central acts our seed documents are based on or refer to. They are not issued by any of our
 * units, so they stay relation targets with a title and a link to the national legal database.
 * Numbers, titles and dates are public facts; the vbpl.vn ItemIDs are illustrative.
 */
const CENTRAL = {
  tccqdp2015: ['77/2015/QH13', 'Luật Tổ chức chính quyền địa phương', '2015-06-19', 70819],
  tccqdp2025: ['72/2025/QH15', 'Luật Tổ chức chính quyền địa phương', '2025-06-16', 177412],
  bhvb2015: ['80/2015/QH13', 'Luật Ban hành văn bản quy phạm pháp luật', '2015-06-22', 70825],
  bhvb2025: ['64/2025/QH15', 'Luật Ban hành văn bản quy phạm pháp luật', '2025-02-19', 175906],
  datDai: ['31/2024/QH15', 'Luật Đất đai', '2024-01-18', 165366],
  giaDat: ['71/2024/NĐ-CP', 'Nghị định quy định về giá đất', '2024-06-27', 168417],
  pbgdpl: ['14/2012/QH13', 'Luật Phổ biến, giáo dục pháp luật', '2012-06-20', 27863],
  hoaGiai: ['35/2013/QH13', 'Luật Hòa giải ở cơ sở', '2013-06-20', 30563],
  xlvphc: ['15/2012/QH13', 'Luật Xử lý vi phạm hành chính', '2012-06-20', 27850],
  hoTich: ['60/2014/QH13', 'Luật Hộ tịch', '2014-11-20', 46725],
  troGiup: ['11/2017/QH14', 'Luật Trợ giúp pháp lý', '2017-06-20', 123415],
  giaoDuc: ['43/2019/QH14', 'Luật Giáo dục', '2019-06-14', 136092],
  nsnn: ['83/2015/QH13', 'Luật Ngân sách nhà nước', '2015-06-25', 70807],
  phiLePhi: ['97/2015/QH13', 'Luật Phí và lệ phí', '2015-11-25', 96113],
  thuyLoi: ['08/2017/QH14', 'Luật Thủy lợi', '2017-06-19', 123388],
  xayDung: ['50/2014/QH13', 'Luật Xây dựng', '2014-06-18', 36871],
  bvmt: ['72/2020/QH14', 'Luật Bảo vệ môi trường', '2020-11-17', 146325],
  dauTu: ['61/2020/QH14', 'Luật Đầu tư', '2020-06-17', 143145],
  khamBenh: ['15/2023/QH15', 'Luật Khám bệnh, chữa bệnh', '2023-01-09', 159025],
  honNhan: ['52/2014/QH13', 'Luật Hôn nhân và gia đình', '2014-06-19', 36867],
  tonGiao: ['02/2016/QH14', 'Luật Tín ngưỡng, tôn giáo', '2016-11-18', 118006],
  thiDua: ['06/2022/QH15', 'Luật Thi đua, khen thưởng', '2022-06-15', 154342],
  laoDong: ['45/2019/QH14', 'Bộ luật Lao động', '2019-11-20', 139264],
  bhxh: ['41/2024/QH15', 'Luật Bảo hiểm xã hội', '2024-06-29', 167521],
  gdDienTu: ['20/2023/QH15', 'Luật Giao dịch điện tử', '2023-06-22', 161047],
  attgt: ['36/2024/QH15', 'Luật Trật tự, an toàn giao thông đường bộ', '2024-06-27', 167455],
  diSan: ['45/2024/QH15', 'Luật Di sản văn hóa', '2024-11-23', 170612],
  danChu: ['10/2022/QH15', 'Luật Thực hiện dân chủ ở cơ sở', '2022-11-10', 157118],
  dauThau: ['22/2023/QH15', 'Luật Đấu thầu', '2023-06-23', 161240],
  danQuan: ['48/2019/QH14', 'Luật Dân quân tự vệ', '2019-11-22', 139480],
  quyHoach: ['21/2017/QH14', 'Luật Quy hoạch', '2017-11-24', 126355],
  gia: ['16/2023/QH15', 'Luật Giá', '2023-06-19', 160901],
  duLich: ['09/2017/QH14', 'Luật Du lịch', '2017-06-19', 123387],
  khcn: ['29/2013/QH13', 'Luật Khoa học và công nghệ', '2013-06-18', 30403],
  quanLyThue: ['38/2019/QH14', 'Luật Quản lý thuế', '2019-06-13', 136120],
  viecLam: ['38/2013/QH13', 'Luật Việc làm', '2013-11-16', 32816],
  maTuy: ['73/2021/QH14', 'Luật Phòng, chống ma túy', '2021-03-30', 148090],
  treEm: ['102/2016/QH13', 'Luật Trẻ em', '2016-04-05', 101365],
  bldg: ['13/2022/QH15', 'Luật Phòng, chống bạo lực gia đình', '2022-11-14', 157305],
  doanhNghiep: ['59/2020/QH14', 'Luật Doanh nghiệp', '2020-06-17', 143072],
  thuongMai: ['36/2005/QH11', 'Luật Thương mại', '2005-06-14', 17880],
  baoChi: ['103/2016/QH13', 'Luật Báo chí', '2016-04-05', 101368],
  quocPhong: ['22/2018/QH14', 'Luật Quốc phòng', '2018-06-08', 129430],
  tiepCan: ['104/2016/QH13', 'Luật Tiếp cận thông tin', '2016-04-06', 101371],
  de471: [
    '471/QĐ-TTg',
    'Quyết định phê duyệt Đề án “Tăng cường ứng dụng công nghệ thông tin trong công tác phổ biến, giáo dục pháp luật giai đoạn 2019 - 2021”',
    '2019-04-26',
    134976,
  ],
  de766: [
    '766/QĐ-TTg',
    'Quyết định phê duyệt Đề án “Chuyển đổi số trong công tác phổ biến, giáo dục pháp luật giai đoạn 2025 - 2030”',
    '2025-04-15',
    176240,
  ],
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

/** A relation to a central act: by default "căn cứ ban hành". */
export function ext(key: CentralKey, type: RelationType = 'based-on'): RelationInput {
  const act = central(key);
  return { type, direction: 'active', targetNumber: act.number, targetTitle: act.title, targetUrl: act.url };
}

/** A relation to another seed document, by its number. */
export const rel = (
  type: RelationType,
  targetNumber: string,
  direction: 'active' | 'passive' = 'active',
): RelationInput => ({ type, direction, targetNumber });

/** Central acts by number, for preambles ("Căn cứ Luật Đất đai ngày 18 tháng 01 năm 2024;"). */
export const centralByNumber = new Map(
  (Object.keys(CENTRAL) as CentralKey[]).map((key) => [CENTRAL[key][0] as string, central(key)]),
);
