import { html, nothing, type TemplateResult } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import type { DocumentSummary, IssuerRef } from '@pbgdpl/contract';
import { formatDate, formerUnitNote, type Lang, type Translate } from '@pbgdpl/core';
import { sanitizeHtml } from '@pbgdpl/core/sanitize';

export interface ResultsContext {
  t: Translate;
  lang: Lang;
  /** Wraps a document's title in whatever opens it (a link, or a button without URL state). */
  link: (doc: DocumentSummary, content: unknown) => TemplateResult;
}

/** Server highlights are escaped text with `<mark>`; they still pass the sanitizer before reaching the DOM. */
const marked = (value: string | null | undefined, plain: string | null) =>
  value ? unsafeHTML(sanitizeHtml(value)) : plain;

function renderIssuer(issuer: IssuerRef, t: Translate, lang: Lang) {
  const note = formerUnitNote(issuer, t, lang);
  return html`${issuer.name}${note ? html` <span class="historical">${note}</span>` : nothing}`;
}

export function renderStatus(doc: Pick<DocumentSummary, 'status'>, t: Translate) {
  return html`<span class="badge" part="status" data-status=${doc.status}
    >${t(`status.${doc.status}`)}</span
  >`;
}

function renderResult(doc: DocumentSummary, { t, lang, link }: ResultsContext) {
  const highlight = doc.highlight;
  const snippet = highlight?.snippet ? marked(highlight.snippet, null) : doc.summary;
  return html`<li class="result" part="result">
    <article>
      <p class="number">${marked(highlight?.number, doc.number)}</p>
      <h3 class="title">${link(doc, marked(highlight?.title, doc.title))}</h3>
      <dl class="meta">
        <div>
          <dt>${t('doc.type')}</dt>
          <dd>${t(`type.${doc.type}`)}</dd>
        </div>
        <div>
          <dt>${t('doc.issuer')}</dt>
          <dd>${renderIssuer(doc.issuer, t, lang)}</dd>
        </div>
        <div>
          <dt>${t('doc.issued')}</dt>
          <dd>${formatDate(doc.issuedOn, lang)}</dd>
        </div>
        ${doc.effectiveFrom
          ? html`<div>
              <dt>${t('doc.effective')}</dt>
              <dd>${formatDate(doc.effectiveFrom, lang)}</dd>
            </div>`
          : nothing}
        <div>
          <dt>${t('doc.status')}</dt>
          <dd>${renderStatus(doc, t)}</dd>
        </div>
      </dl>
      ${snippet ? html`<p class="snippet">${snippet}</p>` : nothing}
    </article>
  </li>`;
}

export function renderResults(items: DocumentSummary[], context: ResultsContext) {
  return html`<ol class="results" part="results">
    ${items.map((doc) => renderResult(doc, context))}
  </ol>`;
}

/** The newest documents in a sidebar: number, title, date. */
export function renderCompactList(items: DocumentSummary[], { lang, link }: ResultsContext) {
  return html`<ul class="compact-list" part="results">
    ${items.map(
      (doc) =>
        html`<li class="compact-item" part="result">
          ${link(doc, doc.title)}
          <span class="compact-meta"
            >${doc.number} · <time datetime=${doc.issuedOn}>${formatDate(doc.issuedOn, lang)}</time></span
          >
        </li>`,
    )}
  </ul>`;
}
