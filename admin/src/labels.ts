import type {
  BannerPlacement,
  DocumentStatus,
  DocumentType,
  LegalField,
  MaterialKind,
  RelationType,
  Site,
  Unit,
} from '@pbgdpl/contract';
import { formatDate, type Lang, type Translate } from '@pbgdpl/core';
import type { Option } from './form-fields.ts';

/**
 * The contract's enums, in the order editors expect; labels come from the locales. Written
 * out because the console ships without zod; `every` makes the compiler check each list
 * against the contract's type both ways, so a value added there fails the typecheck here.
 */
const every =
  <T extends string>() =>
  <const L extends readonly T[]>(list: L & (Exclude<T, L[number]> extends never ? unknown : never)): L =>
    list;

export const DOCUMENT_TYPES = every<DocumentType>()([
  'luat',
  'nghi-dinh',
  'thong-tu',
  'nghi-quyet',
  'quyet-dinh',
  'chi-thi',
  'ke-hoach',
  'huong-dan',
  'cong-van',
  'thong-bao',
  'bao-cao',
  'khac',
]);
export const DOCUMENT_STATUSES = every<DocumentStatus>()([
  'in-force',
  'partly-expired',
  'expired',
  'not-yet-in-force',
  'suspended',
  'outdated',
]);
export const LEGAL_FIELDS = every<LegalField>()([
  'bo-may-hanh-chinh',
  'can-bo-cong-chuc',
  'tu-phap',
  'dat-dai',
  'xay-dung',
  'tai-nguyen-moi-truong',
  'nong-nghiep',
  'tai-chinh-ngan-sach',
  'thue-phi-le-phi',
  'dau-tu',
  'doanh-nghiep',
  'thuong-mai',
  'giao-thong-van-tai',
  'lao-dong-viec-lam',
  'bao-hiem',
  'giao-duc',
  'y-te',
  'van-hoa-the-thao-du-lich',
  'thong-tin-truyen-thong',
  'khoa-hoc-cong-nghe',
  'hon-nhan-gia-dinh',
  'dan-toc-ton-giao',
  'quoc-phong-an-ninh',
  'xu-ly-vi-pham-hanh-chinh',
]);
export const RELATION_TYPES = every<RelationType>()([
  'guides',
  'details',
  'consolidates',
  'amends',
  'corrects',
  'replaces',
  'repeals',
  'references',
  'based-on',
  'interprets',
  'suspends-execution',
  'suspends-effect',
  'announces',
]);
export const MATERIAL_KINDS = every<MaterialKind>()([
  'press-release',
  'content-introduction',
  'dissemination',
  'outline',
]);
export const PLACEMENTS = every<BannerPlacement>()(['leaderboard', 'sidebar', 'square']);

export const options = (values: readonly string[], t: Translate, prefix: string): Option[] =>
  values.map((value) => ({ value, label: t(`${prefix}.${value}`) }));

/** Units for a select: current ones first, historical ones marked with the date they ended. */
export function unitOptions(site: Site | undefined, t: Translate, lang: Lang): Option[] {
  const units: Unit[] = site?.units ?? [];
  const label = (unit: Unit) =>
    unit.validTo
      ? t('units.historical', { name: unit.name, date: formatDate(unit.validTo, lang) })
      : unit.name;
  const current = units.filter((unit) => !unit.validTo);
  const historical = units.filter((unit) => unit.validTo);
  return [...current, ...historical].map((unit) => ({ value: unit.id, label: label(unit) }));
}
