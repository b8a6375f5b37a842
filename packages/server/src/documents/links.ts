import type { DocumentLinks } from '@pbgdpl/contract';
import { normalizeVi } from '@pbgdpl/vi-text';

const SLUG_LENGTH = 80;

/**
 * The title as the national sites spell it in URLs: marks stripped, đ→d, lower case, hyphenated,
 * cut at a word near 80 characters. Not foldVi: its y→i unification is for matching, and the
 * sites write "quy-dinh", not "qui-dinh".
 */
export function titleSlug(title: string): string {
  const slug = normalizeVi(title)
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  if (slug.length <= SLUG_LENGTH) return slug;
  const cut = slug.slice(0, SLUG_LENGTH + 1);
  const lastHyphen = cut.lastIndexOf('-');
  return (lastHyphen > 0 ? cut.slice(0, lastHyphen) : slug.slice(0, SLUG_LENGTH)).replace(/-$/, '');
}

/** Links to the national legal database and the Official Gazette, where we know the ids. */
export function documentLinks(doc: {
  title: string;
  vbplItemId: number | null;
  gazetteId: string | null;
}): DocumentLinks {
  const slug = titleSlug(doc.title);
  return {
    vbpl: doc.vbplItemId === null ? null : `https://vbpl.vn/van-ban/chi-tiet/${slug}--${doc.vbplItemId}`,
    gazette:
      doc.gazetteId === null ? null : `https://congbao.chinhphu.vn/van-ban/${slug}-${doc.gazetteId}.htm`,
  };
}
