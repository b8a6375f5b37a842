import type { Localized } from '../http/language.ts';

/** The days a unit existed; `null` is open-ended. */
export interface UnitValidity {
  validFrom: string | null;
  validTo: string | null;
}

export const monthVi = (month: string) => `${month.slice(5)}/${month.slice(0, 4)}`;
const dayVi = (day: string) => `${day.slice(8)}/${day.slice(5, 7)}/${day.slice(0, 4)}`;

/**
 * Why a unit has no figures for `month` (`2025-06`): it was created later, or merged away
 * before; undefined when it existed for at least part of the month.
 */
export function outsideValidity(month: string, { validFrom, validTo }: UnitValidity): Localized | undefined {
  if (validFrom && month < validFrom.slice(0, 7))
    return {
      vi: `Đơn vị được thành lập từ ngày ${dayVi(validFrom)}; không nhận báo cáo tháng ${monthVi(month)}.`,
      en: `The unit exists from ${validFrom}; it cannot report for ${month}.`,
    };
  if (validTo && month > validTo.slice(0, 7))
    return {
      vi: `Đơn vị đã chấm dứt hoạt động sau ngày ${dayVi(validTo)}; không nhận báo cáo tháng ${monthVi(month)}.`,
      en: `The unit ceased to exist after ${validTo}; it cannot report for ${month}.`,
    };
  return undefined;
}
