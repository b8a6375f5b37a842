import { dayAfter, formatDate, formatList } from './format.ts';
import type { Lang, Translate } from './i18n.ts';

/** A unit as the API gives it with an item (an issuer, an article's unit): gone in a reform or not. */
export interface FormerUnit {
  validTo: string | null;
  successors: ReadonlyArray<{ name: string }>;
}

/**
 * A former unit says when it ceased and who took over its work ("nay là …"), so no reader takes
 * "Phường 1" for a ward of today; '' for a unit of today. `before`: "(trước 01/07/2025; nay là
 * UBND tỉnh Tây Ninh)", the day the successors took over (lists); `until`: "đơn vị cũ, đến
 * 30/06/2025; nay là …", its last day (a detail's facts, an article's unit).
 */
export function formerUnitNote(
  unit: FormerUnit,
  t: Translate,
  lang: Lang,
  form: 'before' | 'until' = 'before',
): string {
  if (!unit.validTo) return '';
  const date = formatDate(form === 'before' ? dayAfter(unit.validTo) : unit.validTo, lang);
  const names = formatList(
    unit.successors.map((successor) => successor.name),
    lang,
  );
  return t(names ? `core:formerUnit.${form}Now` : `core:formerUnit.${form}`, { date, names });
}
