import type { DocumentInput } from '@pbgdpl/contract';

export type QueryParams = Record<string, string>;

/** Text as someone typing without a Vietnamese keyboard would: no marks, đ→d. */
const withoutMarks = (text: string) =>
  text.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');

const words = (text: string) => text.match(/[\p{L}\p{N}]+/gu) ?? [];

/** A small deterministic generator, so every run measures the same queries. */
function random(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

/**
 * A mixed query set drawn from the corpus itself: words with and without marks, phrases,
 * prefixes, numbers (full, other spelling, prefix), each filter alone and with q, browsing
 * with facets, and deep pages.
 */
export function mixedQueries(sample: DocumentInput[], count: number): QueryParams[] {
  const next = random(42);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  const doc = () => pick(sample);
  const titleWords = (d: DocumentInput) => words(d.title).filter((w) => w.length > 2);
  const kinds: Array<() => QueryParams> = [
    () => ({ q: pick(titleWords(doc())) ?? 'quy' }),
    () => ({ q: withoutMarks(pick(titleWords(doc())) ?? 'quy') }),
    () => ({ q: titleWords(doc()).slice(0, 3).join(' ') }),
    () => ({ q: withoutMarks(titleWords(doc()).slice(1, 3).join(' ').toLowerCase()) }),
    () => ({ q: `"${titleWords(doc()).slice(0, 2).join(' ')}"` }),
    () => {
      const [first = 'quy', second = 'dinh'] = titleWords(doc());
      return { q: `${first} ${second.slice(0, 3)}` };
    },
    () => ({ q: doc().number }),
    () => ({ q: withoutMarks(doc().number).toLowerCase() }),
    () => ({ q: doc().number.split('/').slice(0, 2).join('/') }),
    () => ({ type: doc().type }),
    () => ({ issuer: doc().issuerId, sort: 'issued' }),
    () => ({ field: pick(doc().fields) }),
    () => ({ status: doc().status, sort: 'effective' }),
    () => ({ year: doc().issuedOn.slice(0, 4) }),
    () => {
      const year = doc().issuedOn.slice(0, 4);
      return { from: `${year}-01-01`, to: `${year}-06-30` };
    },
    () => ({ q: pick(titleWords(doc())) ?? 'quy', type: doc().type }),
    () => ({
      q: withoutMarks(pick(titleWords(doc())) ?? 'quy'),
      field: pick(doc().fields),
      year: doc().issuedOn.slice(0, 4),
    }),
    () => ({ q: titleWords(doc()).slice(0, 2).join(' '), issuer: doc().issuerId, status: doc().status }),
    () => ({}),
    () => ({ page: String(1 + Math.floor(next() * 400)), pageSize: '20' }),
    () => ({ q: pick(titleWords(doc())) ?? 'quy', page: String(2 + Math.floor(next() * 20)) }),
  ];
  return Array.from({ length: count }, (_, i) => (kinds[i % kinds.length] as () => QueryParams)());
}
