import type { Site, Unit } from '@pbgdpl/contract';
import { formatDate, type Lang, type Translate } from '@pbgdpl/core';
import type { Option } from './form-fields.ts';

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

/** `02/12/2026 14:05`: a moment as the province reads it (Vietnam's time), in either language. */
export const formatDateTime = (value: string | Date, lang: Lang): string =>
  `${formatDate(value, lang)} ${new Date(value).toLocaleTimeString(lang === 'vi' ? 'vi-VN' : 'en-GB', {
    hour: '2-digit',
    minute: '2-digit',
    timeZone: 'Asia/Ho_Chi_Minh',
  })}`;
