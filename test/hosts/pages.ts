import { embeds } from './embeds.ts';

/** The version number the second copy of the bundle claims (see host-server.ts). */
export const OLD_VERSION = '0.0.9';

/**
 * What old provincial CMS themes do to every page: a 62.5% root size, global element rules
 * with `!important`, star selectors that reach our custom elements themselves, and content-box
 * sizing. None of it may change how a widget looks.
 */
export const THEME_CSS = `
html { font-size: 62.5%; }
body { font: 13px/1.2 Tahoma, Geneva, sans-serif; color: #333; background: #eef; letter-spacing: .03em; }
* { margin: 0; padding: 0; box-sizing: content-box; line-height: 1.1; font-size: 12px; font-family: Tahoma, sans-serif; color: #222; }
div, section, article, header, footer, nav, ul, ol, li, p, table, dialog { margin: 0 0 12px; padding: 6px; border: 1px dotted #999; }
a, a:visited { color: #0a0 !important; text-decoration: underline !important; font-weight: bold !important; }
button, input, select, textarea { font: bold 22px/3 "Comic Sans MS", cursive !important; background: #fc0 !important; border: 3px dashed #f00 !important; min-height: 60px; }
h1, h2, h3, h4, h5, h6 { font-family: Georgia, serif !important; text-transform: uppercase; color: #900 !important; font-size: 30px !important; }
img { border: 4px solid #000; max-width: none; width: auto; height: auto; }
table { border-collapse: separate; border-spacing: 8px; width: 100%; }
svg { width: 100px; height: 100px; }
.slot { width: 900px !important; padding: 0 !important; border: 0 !important; box-sizing: border-box !important; }
`;

/** The same column on every host page, so a widget's size can be compared between hosts. */
export const LAYOUT_CSS = `.slot { width: 900px; margin: 0 0 24px; }`;

const loader = (src = '/embed/pbgdpl.js', attributes = '') =>
  `<script type="module" src="${src}"${attributes}></script>`;
/** The loader as issue 18 recommends it: the page waits for it (a few KB) before its first paint. */
const stillLoader = loader(undefined, ' blocking="render"');

const slots = embeds.map((embed) => `<div class="slot">${embed.markup}</div>`).join('\n');

/** A host page; `layout: false` leaves out the shared column (the page then has no CSS of its own). */
function page(title: string, head: string, body: string, { layout = true } = {}): string {
  return `<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><title>${title}</title>
${layout ? '<link rel="stylesheet" href="/vendor/layout.css">' : ''}
${head}
</head><body>
<h1>${title}</h1>
${body}
</body></html>`;
}

export interface HostPage {
  html: string;
  /** Sent with the strict Content-Security-Policy header of issue 7. */
  strict?: boolean;
  /** Or with this policy. */
  csp?: string;
}

/** The host's own text after a widget: what moves when a widget grows. */
const HOST_TEXT = `<p>Cổng thông tin điện tử tỉnh: phổ biến, giáo dục pháp luật cho người dân và doanh nghiệp.</p>
<p>Mọi thắc mắc xin gửi về Sở Tư pháp.</p>`;

const OLD_THEME = `<link rel="stylesheet" href="/vendor/bootstrap.min.css">
<link rel="stylesheet" href="/vendor/theme.css">
<script src="/vendor/jquery.min.js"></script>`;

export function hostPages(): Record<string, HostPage> {
  const bare = { layout: false };
  return {
    '/plain': { html: page('Trang thường', loader(), slots) },
    '/bootstrap': {
      html: page(
        'Giao diện cũ (Bootstrap 3 + jQuery)',
        `${OLD_THEME}\n${loader()}`,
        `<div class="container"><div class="row"><div class="col-md-12">${slots}</div></div></div>`,
      ),
    },
    '/strict': { html: page('CSP nghiêm ngặt', loader(), slots), strict: true },
    '/twice': { html: page('Hai lần mã nhúng', `${loader()}\n${loader()}`, `${slots}\n${loader()}`) },
    '/versions': { html: page('Hai phiên bản', `${loader()}\n${loader('/old/embed/pbgdpl.js')}`, slots) },
    // Issue 18: no CSS that knows the widgets, so only the loader and the widgets keep the page still.
    '/bare': { html: page('Trang không CSS', stillLoader, slots, bare) },
    '/bare/bootstrap': {
      html: page('Giao diện cũ, không CSS cho tiện ích', `${OLD_THEME}\n${stillLoader}`, slots, bare),
    },
    '/bare/strict': { html: page('CSP nghiêm ngặt, không CSS', stillLoader, slots, bare), strict: true },
    ...Object.fromEntries(
      embeds.map((embed) => [
        `/bare/only/${embed.id}`,
        { html: page(embed.tag, stillLoader, `<div class="slot">${embed.markup}</div>\n${HOST_TEXT}`, bare) },
      ]),
    ),
    '/spa': { html: page('Ứng dụng một trang', loader(), '<main id="app"></main>') },
  };
}
