import type { LegalDocument } from '@pbgdpl/contract';
import { escapeHtml } from '@pbgdpl/contract/html-policy';
import { formatDate, type Lang, type Translate } from '@pbgdpl/core';
import { sanitizeHtml } from '@pbgdpl/core/sanitize';
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

/**
 * A self-contained page: metadata and the sanitized full text, no scripts, no outside
 * resources. Links to the API's files are made absolute (`api`) so they work from disk.
 */
export function documentHtml(
  t: Translate,
  lang: Lang,
  doc: LegalDocument,
  place: { source: string; api: string },
): string {
  const rows = metadataRows(t, lang, doc)
    .map(
      (row) =>
        `<tr><th scope="row">${escapeHtml(row.label)}</th><td>${escapeHtml(row.value)}${
          row.note ? ` (${escapeHtml(row.note)})` : ''
        }</td></tr>`,
    )
    .join('\n');
  const styles = `body{font-family:system-ui,sans-serif;line-height:1.6;max-width:48em;margin:2em auto;padding:0 1em;color:#1f2328}
table{border-collapse:collapse;margin:1em 0}th,td{border:1px solid #c9cfd6;padding:.3em .6em;text-align:left;vertical-align:top}
.meta th{background:#f3f4f6}footer{margin-top:2em;color:#57606a;font-size:.9em}`;
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src https: data:">
<title>${escapeHtml(`${doc.number} – ${doc.title}`)}</title>
<style>${styles}</style>
</head>
<body>
<h1>${escapeHtml(doc.title)}</h1>
<table class="meta"><caption>${escapeHtml(t('meta.heading'))}</caption>
${rows}
</table>
<h2>${escapeHtml(t('body.heading'))}</h2>
<main>${sanitizeHtml(doc.body, { base: place.api })}</main>
<footer><p>${escapeHtml(t('save.source', { url: place.source }))}</p><p>${escapeHtml(
    t('save.savedOn', { date: formatDate(new Date(), lang) }),
  )}</p></footer>
</body>
</html>
`;
}

/** Hands the browser a file to save, through a Blob and a temporary object URL. */
export function downloadFile(
  parent: ParentNode,
  name: string,
  content: string,
  type = 'text/html;charset=utf-8',
): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.rel = 'noopener';
  link.hidden = true;
  parent.append(link); // inside our shadow root: the host page's DOM stays untouched
  try {
    link.click();
  } finally {
    link.remove();
    // Give the download a moment to start before the URL goes away.
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }
}
