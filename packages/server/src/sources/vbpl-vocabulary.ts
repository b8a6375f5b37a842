import type { DocumentStatus, RelationDirection, RelationType } from '@pbgdpl/contract';

/**
 * The national legal database's names for the six statuses (Tình trạng hiệu lực), as its
 * document pages show them. Types and fields need no table: their names slugged are our values
 * ("Thông tư liên tịch" → thong-tu-lien-tich, "Đất đai" → dat-dai).
 */
export const VBPL_STATUSES: Record<string, DocumentStatus> = {
  'Còn hiệu lực': 'in-force',
  'Hết hiệu lực một phần': 'partly-expired',
  'Hết hiệu lực toàn bộ': 'expired',
  'Chưa có hiệu lực': 'not-yet-in-force',
  'Ngưng hiệu lực': 'suspended',
  'Không còn phù hợp': 'outdated',
};

/** Relation kinds as the national database names them from the document's side: active, then passive. */
const RELATION_NAMES: Array<[RelationType, string, string]> = [
  ['based-on', 'Căn cứ ban hành', 'Là căn cứ ban hành của'],
  ['guides', 'Hướng dẫn áp dụng', 'Được hướng dẫn áp dụng'],
  ['details', 'Quy định chi tiết', 'Được quy định chi tiết'],
  ['consolidates', 'Hợp nhất', 'Được hợp nhất'],
  ['amends', 'Sửa đổi, bổ sung', 'Được sửa đổi, bổ sung'],
  ['corrects', 'Đính chính', 'Được đính chính'],
  ['replaces', 'Thay thế', 'Được thay thế'],
  ['repeals', 'Bãi bỏ', 'Bị bãi bỏ'],
  ['references', 'Dẫn chiếu', 'Được dẫn chiếu'],
  ['interprets', 'Giải thích', 'Được giải thích'],
  ['suspends-execution', 'Đình chỉ thi hành', 'Bị đình chỉ thi hành'],
  ['suspends-effect', 'Tạm ngưng hiệu lực', 'Bị tạm ngưng hiệu lực'],
  ['announces', 'Công bố', 'Được công bố'],
];

export const VBPL_RELATIONS: Record<string, { type: RelationType; direction: RelationDirection }> =
  Object.fromEntries(
    RELATION_NAMES.flatMap(([type, active, passive]) => [
      [active, { type, direction: 'active' as const }],
      [passive, { type, direction: 'passive' as const }],
    ]),
  );
