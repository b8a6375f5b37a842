import { normalizeVi } from './normalize.ts';

const collator = new Intl.Collator('vi', { sensitivity: 'variant', numeric: true });

/** Sort order a Vietnamese reader expects: A Ă Â B C D Đ E Ê …, numbers by value. */
export function compareVi(a: string, b: string): number {
  return collator.compare(normalizeVi(a), normalizeVi(b));
}
