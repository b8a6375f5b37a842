import type { DOCUMENT_TYPES } from './values.ts';

type DocumentTypeValue = (typeof DOCUMENT_TYPES)[number];

/**
 * What the code of a số ký hiệu says about the document's type (Law on Promulgation of Legal
 * Documents and Decree 30/2020/NĐ-CP on administrative documents): the code is the part after
 * the last "/", its first segment names the type, the rest the issuer:
 *
 * | type                | example                 |
 * | ------------------- | ----------------------- |
 * | Hiến pháp           | Không số (the national database lists the 2013 Constitution without one) |
 * | Bộ luật, Luật, Nghị quyết của Quốc hội | 91/2015/QH13, 45/2013/QH13, 98/2023/QH15 |
 * | Pháp lệnh           | 02/2022/UBTVQH15        |
 * | Nghị định           | 15/2020/NĐ-CP           |
 * | Thông tư            | 01/2021/TT-BTP          |
 * | Thông tư liên tịch  | 01/2014/TTLT-BTP-BNV    |
 * | Nghị quyết          | 09/2025/NQ-HĐND, 35/2023/NQ-UBTVQH15 |
 * | Quyết định          | 45/2019/QĐ-UBND, 471/QĐ-TTg |
 * | Chỉ thị             | 05/CT-UBND              |
 * | Văn bản hợp nhất    | 01/VBHN-UBND, 10/VBHN-VPQH |
 * | Kế hoạch, Hướng dẫn, Thông báo, Báo cáo | 88/KH-STP, 118/HD-SXD, 12/TB-UBND, 301/BC-STP |
 *
 * A công văn's code names its issuer and unit only (1234/UBND-NC), so it says nothing here.
 */
const TYPES_BY_CODE: Record<string, readonly DocumentTypeValue[]> = {
  QH: ['bo-luat', 'luat', 'hien-phap', 'nghi-quyet'],
  UBTVQH: ['phap-lenh'],
  NĐ: ['nghi-dinh'],
  TT: ['thong-tu'],
  TTLT: ['thong-tu-lien-tich'],
  NQ: ['nghi-quyet'],
  NQLT: ['nghi-quyet'],
  QĐ: ['quyet-dinh'],
  CT: ['chi-thi'],
  VBHN: ['van-ban-hop-nhat'],
  KH: ['ke-hoach'],
  HD: ['huong-dan'],
  TB: ['thong-bao'],
  BC: ['bao-cao'],
};

/** The type code of a number: `45/2019/QĐ-UBND` → `QĐ`, `45/2013/QH13` → `QH`; null without one. */
export function numberTypeCode(number: string): string | null {
  const code = number.normalize('NFC').replace(/\s+/g, '').split('/').at(-1) ?? '';
  const head = (code.split('-')[0] ?? '').toUpperCase().replace(/\d+$/, '');
  return head in TYPES_BY_CODE ? head : null;
}

/** The types a number's code allows, or null when its code names none (công văn, "Không số"). */
export function typesForNumber(number: string): readonly DocumentTypeValue[] | null {
  const code = numberTypeCode(number);
  return code === null ? null : (TYPES_BY_CODE[code] ?? null);
}

/** Whether a number and a type agree: a number whose code names no type agrees with any. */
export const numberFitsType = (number: string, type: DocumentTypeValue): boolean =>
  typesForNumber(number)?.includes(type) ?? true;
