export { normalizeVi } from './normalize.ts';
export { foldVi, tokenizeVi } from './fold.ts';
export { compareVi } from './compare.ts';
