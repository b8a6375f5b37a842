import { html, nothing } from 'lit';
import type { LegalDocument } from '@pbgdpl/contract';
import { renderHeading, webUrl, type RenderContext } from '@pbgdpl/core/reader';

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
