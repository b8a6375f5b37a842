import { html, nothing, type TemplateResult } from 'lit';
import type { Attachment, LegalDocument } from '@pbgdpl/contract';
import type { RenderContext } from './context.ts';
import { fileTypeLabel, fileUrl, formatSize, isSameOrigin, webUrl } from './files.ts';
import { renderHeading } from './headings.ts';

/** One file link: name, then type and size; `download` where the browser honours it. */
export function renderFileLink(
  { t, lang, api }: RenderContext,
  file: Attachment,
  text = file.name,
): TemplateResult | typeof nothing {
  const href = fileUrl(api, file.url);
  if (!href) return html`<span class="file">${text}</span>`;
  const details = `${fileTypeLabel(file)}, ${formatSize(file.size, lang)}`;
  return html`<a
    class="file"
    href=${href}
    ?download=${isSameOrigin(href)}
    target=${isSameOrigin(href) ? nothing : '_blank'}
    rel="noopener noreferrer"
    ><span class="file-name">${text}</span> <span class="file-details">(${details})</span>${isSameOrigin(href)
      ? nothing
      : html`<span class="visually-hidden"> ${t('relations.newTab')}</span>`}</a
  >`;
}

export function renderAttachments(context: RenderContext, files: readonly Attachment[]) {
  if (files.length === 0) return nothing;
  const { t, level } = context;
  return html`<section class="attachments" part="attachments" aria-labelledby="attachments-heading">
    ${renderHeading(level, 'attachments-heading', t('attachments.heading'))}
    <ul class="file-list">
      ${files.map((file) => html`<li>${renderFileLink(context, file)}</li>`)}
    </ul>
  </section>`;
}

/** "Xem trên Cơ sở dữ liệu quốc gia về văn bản pháp luật" and "Xem trên Công báo", when we know the ids. */
export function renderLinksOut({ t, level }: RenderContext, links: LegalDocument['links']) {
  const vbpl = webUrl(links.vbpl);
  const gazette = webUrl(links.gazette);
  if (!vbpl && !gazette) return nothing;
  const link = (href: string, text: string) =>
    html`<li>
      <a class="out" href=${href} target="_blank" rel="noopener noreferrer"
        >${text}<span class="visually-hidden"> ${t('relations.external')}</span></a
      >
    </li>`;
  return html`<section class="links-out" part="links" aria-labelledby="links-heading">
    ${renderHeading(level, 'links-heading', t('links.heading'))}
    <ul>
      ${vbpl ? link(vbpl, t('links.vbpl')) : nothing} ${gazette ? link(gazette, t('links.gazette')) : nothing}
    </ul>
  </section>`;
}
