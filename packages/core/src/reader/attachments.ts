import { html, nothing, type TemplateResult } from 'lit';
import type { Attachment } from '@pbgdpl/contract';
import type { RenderContext } from './context.ts';
import { fileTypeLabel, fileUrl, formatSize, isSameOrigin } from './files.ts';
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
      : html`<span class="visually-hidden"> ${t('reader:newTab')}</span>`}</a
  >`;
}

/** "Tệp đính kèm": a section listing the files, nothing when there are none. */
export function renderAttachments(context: RenderContext, files: readonly Attachment[]) {
  if (files.length === 0) return nothing;
  const { t, level } = context;
  return html`<section class="attachments" part="attachments" aria-labelledby="attachments-heading">
    ${renderHeading(level, 'attachments-heading', t('reader:attachments.heading'))}
    <ul class="file-list">
      ${files.map((file) => html`<li>${renderFileLink(context, file)}</li>`)}
    </ul>
  </section>`;
}
