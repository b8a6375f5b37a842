/** Mapping between contract values and their stored form, in one place for every dialect. */

export const toDbBool = (value: boolean): number => (value ? 1 : 0);
export const fromDbBool = (value: number): boolean => value !== 0;

/** Any ISO date-time (with offset) as UTC text, so stored times compare correctly as strings. */
export const toDbTime = (value: Date | string): string => new Date(value).toISOString();
export const toDbTimeOrNull = (value: string | null): string | null =>
  value === null ? null : toDbTime(value);
