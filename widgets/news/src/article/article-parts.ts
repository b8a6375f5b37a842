import { html, nothing, type TemplateResult } from 'lit';
import type {
  Article,
  ArticleAttachment,
  ArticleCover,
  ArticleEvent,
  ArticleLink,
  IssuerRef,
} from '@pbgdpl/contract';
import { pathOf } from '@pbgdpl/contract/route-table';
import {
  apiClient,
  formatDate,
  formatTime,
  formerUnitNote,
  mediaUrl,
  type Lang,
  type Translate,
} from '@pbgdpl/core';
import { fileUrl, renderFileLink, renderHeading, type RenderContext } from '@pbgdpl/core/reader';

/** The cover (or any library image): dimensions from the API so nothing moves, smaller copies for phones. */
export function renderCover(api: string, cover: ArticleCover, sizes: string, eager = false): TemplateResult {
  const srcset = cover.variants
    .map((variant) => `${mediaUrl(api, variant.url)} ${variant.width}w`)
    .join(', ');
  return html`<img
    class="cover"
    part="cover"
    src=${mediaUrl(api, cover.url)}
    srcset=${srcset || nothing}
    sizes=${srcset ? sizes : nothing}
    alt=${cover.alt}
    width=${cover.width}
    height=${cover.height}
    loading=${eager ? 'eager' : 'lazy'}
    decoding="async"
  />`;
}

/** The day after a former unit's last day: "(đơn vị cũ, đến 30/06/2025)". */
export function renderUnit(t: Translate, lang: Lang, unit: IssuerRef): TemplateResult {
  const note = formerUnitNote(unit, t, lang, 'until');
  return html`${unit.name}${note ? html` <span class="historical">(${note})</span>` : nothing}`;
}

/** "08:00, 15/12/2026 đến 11:30, 15/12/2026", with the place and the calendar file. */
export function renderEvent(context: RenderContext, id: number, event: ArticleEvent): TemplateResult {
  const { t, lang, api, level } = context;
  const moment = (value: string) => `${formatTime(value, lang)}, ${formatDate(value, lang)}`;
  const when = event.endsAt
    ? t('article.event.range', { start: moment(event.startsAt), end: moment(event.endsAt) })
    : moment(event.startsAt);
  const ics = apiClient(api).url(pathOf('articleCalendar', { id }));
  return html`<section class="event" part="event" aria-labelledby="event-heading">
    ${renderHeading(level, 'event-heading', t('article.event.heading'))}
    <dl class="facts">
      <div>
        <dt>${t('article.event.when')}</dt>
        <dd><time datetime=${event.startsAt}>${when}</time></dd>
      </div>
      <div>
        <dt>${t('article.event.place')}</dt>
        <dd>${event.place}</dd>
      </div>
    </dl>
    <a class="calendar" part="calendar" href=${ics} download>${t('article.event.calendar')}</a>
  </section>`;
}

/** A recording: native controls, nothing fetched before the reader presses play, its transcript below. */
function renderRecording(t: RenderContext['t'], src: string, file: ArticleAttachment): TemplateResult {
  return html`<audio
      class="material-player"
      controls
      preload="none"
      src=${src}
      aria-label=${t('article.material.listen', { name: file.name })}
    ></audio>
    ${file.transcript
      ? html`<details class="transcript">
          <summary>${t('article.material.transcript', { name: file.name })}</summary>
          <p class="transcript-text">${file.transcript}</p>
        </details>`
      : nothing}`;
}

/** One file of a material: an infographic shown, audio or video played, a booklet linked. */
function renderMaterialFile(context: RenderContext, file: ArticleAttachment, alt: string): TemplateResult {
  const { t, api } = context;
  const src = fileUrl(api, file.url);
  let shown: TemplateResult | typeof nothing = nothing;
  if (src && file.kind === 'image') shown = html`<img class="material-image" src=${src} alt=${alt} />`;
  else if (src && file.kind === 'audio') shown = renderRecording(t, src, file);
  else if (src && file.kind === 'video')
    shown = html`<video class="material-player" controls preload="none" src=${src}></video>`;
  const pages = file.pages
    ? html` <span class="pages">${t('article.material.pages', { count: file.pages })}</span>`
    : nothing;
  return html`<div class="material-file">
    ${shown}
    <p>
      ${renderFileLink(context, file, shown === nothing ? t('article.material.open') : file.name)}${pages}
    </p>
  </div>`;
}

/** A PBGDPL material's files are its main content: the first file, and every recording after it. */
export function renderMaterial(
  context: RenderContext,
  files: readonly ArticleAttachment[],
  alt: string,
): TemplateResult {
  return html`<section class="material" part="material" aria-labelledby="material-heading">
    ${renderHeading(context.level, 'material-heading', context.t('article.material.heading'))}
    ${files.map((file) => renderMaterialFile(context, file, alt))}
  </section>`;
}

/** Related documents, each a link into the document browser (`href` gives its address). */
export function renderDocuments(
  context: RenderContext,
  documents: Article['documents'],
  href: (id: number) => string,
): TemplateResult | typeof nothing {
  if (documents.length === 0) return nothing;
  const { t, lang, level } = context;
  return html`<section class="documents" part="documents" aria-labelledby="documents-heading">
    ${renderHeading(level, 'documents-heading', t('article.documents.heading'))}
    <ul class="doc-list">
      ${documents.map(
        (doc) =>
          html`<li>
            <a class="doc-link" href=${href(doc.id)}
              ><span class="doc-number">${doc.number}</span> ${doc.title}</a
            >
            <span class="doc-meta"
              >${t('article.documents.issued', { date: formatDate(doc.issuedOn, lang) })}</span
            >
          </li>`,
      )}
    </ul>
  </section>`;
}

/** "Bài trước" / "Bài sau" in the same category. */
export function renderSequence(
  t: Translate,
  previous: ArticleLink | null,
  next: ArticleLink | null,
  onOpen: (link: ArticleLink) => void,
): TemplateResult | typeof nothing {
  if (!previous && !next) return nothing;
  const item = (link: ArticleLink | null, which: 'previous' | 'next') =>
    link
      ? html`<li class=${which}>
          <button type="button" class="step" data-article-id=${link.id} @click=${() => onOpen(link)}>
            <span class="step-label">${t(`article.sequence.${which}`)}</span>
            <span class="step-title">${link.title}</span>
          </button>
        </li>`
      : nothing;
  return html`<nav class="sequence" part="sequence" aria-label=${t('article.sequence.label')}>
    <ul>
      ${item(previous, 'previous')} ${item(next, 'next')}
    </ul>
  </nav>`;
}
