import { escapeHtml } from '@pbgdpl/contract/html-policy';
import { formatDate } from '../format.ts';
import type { Lang, Translate } from '../i18n.ts';
import { sanitizeHtml } from '../sanitize.ts';

export interface SavedPage {
  /** The page's `<title>`. */
  title: string;
  /** The heading above the details. */
  heading: string;
  meta: { caption: string; rows: Array<{ label: string; value: string; note?: string | undefined }> };
  /** The heading of the text, if it has one of its own. */
  bodyHeading?: string;
  /** The text as HTML from the API: sanitized here, its server paths made absolute (`api`). */
  body: string;
  /** Where the page was saved from. */
  source: string;
  api: string;
}

/**
 * A self-contained page to keep on disk: details and the sanitized text, no scripts, no
 * outside resources; links to the API's files are absolute so they work from disk.
 */
export function savedPageHtml(t: Translate, lang: Lang, page: SavedPage): string {
  const rows = page.meta.rows
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
<title>${escapeHtml(page.title)}</title>
<style>${styles}</style>
</head>
<body>
<h1>${escapeHtml(page.heading)}</h1>
<table class="meta"><caption>${escapeHtml(page.meta.caption)}</caption>
${rows}
</table>
${page.bodyHeading ? `<h2>${escapeHtml(page.bodyHeading)}</h2>\n` : ''}<main>${sanitizeHtml(page.body, { base: page.api })}</main>
<footer><p>${escapeHtml(t('reader:save.source', { url: page.source }))}</p><p>${escapeHtml(
    t('reader:save.savedOn', { date: formatDate(new Date(), lang) }),
  )}</p></footer>
</body>
</html>
`;
}
