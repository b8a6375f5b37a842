import type { LegalDocument } from '@pbgdpl/contract';
import type { Lang, Translate } from '@pbgdpl/core';
import { savedPageHtml } from '@pbgdpl/core/reader';
import { foldVi } from '@pbgdpl/vi-text';
import { metadataRows } from './metadata.ts';

/** `45/2019/QĐ-UBND` → `45-2019-qd-ubnd.html`; "Không số" documents fall back to their id. */
export function fileNameFor(doc: Pick<LegalDocument, 'id' | 'number'>): string {
  const base = foldVi(doc.number)
    .replace(/[^a-z0-9]+/gi, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80);
  return `${base && !/^khong-so$/i.test(base) ? base : `van-ban-${doc.id}`}.html`;
}

/** The document as a page to keep on disk: its metadata and full text. */
export function documentHtml(
  t: Translate,
  lang: Lang,
  doc: LegalDocument,
  place: { source: string; api: string },
): string {
  return savedPageHtml(t, lang, {
    title: `${doc.number} – ${doc.title}`,
    heading: doc.title,
    meta: { caption: t('meta.heading'), rows: metadataRows(t, lang, doc) },
    bodyHeading: t('body.heading'),
    body: doc.body,
    ...place,
  });
}
