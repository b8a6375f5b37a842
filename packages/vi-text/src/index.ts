export { normalizeVi } from './normalize.ts';
export { foldVi, tokenizeVi } from './fold.ts';
export { compareCodes, compareVi } from './compare.ts';
