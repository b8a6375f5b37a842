/** The spans a year can be cut into; `custom` stands for `from`/`to` given as attributes. */
export const SPANS = ['year', 'h1', 'h2', 'q1', 'q2', 'q3', 'q4'] as const;
export type Span = (typeof SPANS)[number] | 'custom';

/** First and last month of each span. */
const MONTHS: Record<(typeof SPANS)[number], [number, number]> = {
  year: [1, 12],
  h1: [1, 6],
  h2: [7, 12],
  q1: [1, 3],
  q2: [4, 6],
  q3: [7, 9],
  q4: [10, 12],
};

const pad = (n: number) => String(n).padStart(2, '0');

/** The first and last day (yyyy-mm-dd) of a span of a year. */
export function spanDates(year: number, span: (typeof SPANS)[number]): { from: string; to: string } {
  const [first, last] = MONTHS[span];
  const lastDay = new Date(Date.UTC(year, last, 0)).getUTCDate();
  return { from: `${year}-${pad(first)}-01`, to: `${year}-${pad(last)}-${pad(lastDay)}` };
}

/** This year and the four before it: the plan periods editors report on. */
export const recentYears = (now = new Date()): number[] =>
  Array.from({ length: 5 }, (_, i) => now.getFullYear() - i);

export const isSpan = (value: string): value is (typeof SPANS)[number] =>
  (SPANS as readonly string[]).includes(value);
