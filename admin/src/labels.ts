import type { Site, Unit } from '@pbgdpl/contract';
import { formatDate, type Lang, type Translate } from '@pbgdpl/core';
import type { Option } from './form-fields.ts';

/** The contract's enums, in the order editors expect; labels come from the locales. */
export const DOCUMENT_TYPES = [
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
] as const;
export const DOCUMENT_STATUSES = [
  'in-force',
  'partly-expired',
  'expired',
  'not-yet-in-force',
  'suspended',
  'outdated',
] as const;
export const LEGAL_FIELDS = [
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
] as const;
export const RELATION_TYPES = [
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
] as const;
export const MATERIAL_KINDS = ['press-release', 'content-introduction', 'dissemination', 'outline'] as const;
export const PLACEMENTS = ['leaderboard', 'sidebar', 'square'] as const;

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
