import { html, nothing } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import type { DocumentRef, Question, QuestionAnswer, Unit } from '@pbgdpl/contract';
import { formatDate, formerUnitNote, type Lang, type Translate } from '@pbgdpl/core';
import { sanitizeHtml } from '@pbgdpl/core/sanitize';

export interface DetailContext {
  t: Translate;
  lang: Lang;
  /** API base: server paths in answers point there, not at the host page. */
  api: string;
  /** The legal-doc browser's address for a document, `{id}` replaced; none: titles without links. */
  documentsHref: string | undefined;
  /** "đơn vị cũ, đến …; nay là …" for a unit gone in a reform; '' for a unit of today. */
  unitNote: (unitId: string) => string;
}

function renderDocument(doc: DocumentRef, documentsHref: string | undefined) {
  const label = `${doc.number} — ${doc.title}`;
  if (!documentsHref) return label;
  return html`<a href=${documentsHref.replaceAll('{id}', String(doc.id))}>${label}</a>`;
}

/** The answer, its author and date, and the reminder that it is for reference: also shown by the status lookup. */
export function renderAnswer(answer: QuestionAnswer, { t, lang, api }: DetailContext, level: 3 | 4 = 3) {
  const heading =
    level === 3
      ? html`<h3 class="answer-heading">${t('question.answer')}</h3>`
      : html`<h4 class="answer-heading">${t('question.answer')}</h4>`;
  return html`<section class="answer" part="answer">
    ${heading}
    <div class="rich">${unsafeHTML(sanitizeHtml(answer.html, { base: api }))}</div>
    <p class="byline">
      ${t('question.answeredBy')}: <strong>${answer.answeredBy}</strong>, ${answer.answererTitle} ·
      ${t('question.answered')}:
      <time datetime=${answer.answeredOn}>${formatDate(answer.answeredOn, lang)}</time>
    </p>
    <p class="note" part="note">${t('question.note')}</p>
  </section>`;
}

/** "đơn vị cũ, đến 30/06/2025; nay là …" for a unit of the site's list gone in a reform; else ''. */
export function unitNote(units: readonly Unit[], id: string, t: Translate, lang: Lang): string {
  const unit = units.find((candidate) => candidate.id === id);
  if (!unit) return '';
  const successors = unit.successorIds.flatMap((next) => units.filter((candidate) => candidate.id === next));
  return formerUnitNote({ validTo: unit.validTo, successors }, t, lang, 'until');
}

function renderUnit(unit: { name: string }, note: string) {
  return html`${unit.name}${note ? html` <span class="historical">(${note})</span>` : nothing}`;
}

/** One answered question as the national portal shows it; the sender's name only with consent. */
export function renderQuestion(question: Question, context: DetailContext) {
  const { t, lang, documentsHref } = context;
  const row = (label: string, value: unknown) =>
    html`<div>
      <dt>${label}</dt>
      <dd>${value}</dd>
    </div>`;
  return html`<article class="question" part="question">
    <h2 class="question-title" tabindex="-1">${question.title}</h2>
    ${question.featured
      ? html`<p><span class="badge" part="featured">${t('question.featured')}</span></p>`
      : nothing}
    <dl class="facts">
      ${row(
        t('question.sent'),
        html`<time datetime=${question.sentOn}>${formatDate(question.sentOn, lang)}</time>`,
      )}
      ${question.senderName ? row(t('question.sender'), question.senderName) : nothing}
      ${row(t('question.field'), t(`core:field.${question.field}`))}
      ${question.unit
        ? row(t('question.unit'), renderUnit(question.unit, context.unitNote(question.unit.id)))
        : nothing}
    </dl>
    <h3 class="visually-hidden">${t('question.question')}</h3>
    <p class="body">${question.body}</p>
    ${renderAnswer(question.answer, context)}
    ${question.relatedDocuments.length
      ? html`<section class="related" part="related">
          <h3>${t('question.related')}</h3>
          <ul>
            ${question.relatedDocuments.map((doc) => html`<li>${renderDocument(doc, documentsHref)}</li>`)}
          </ul>
        </section>`
      : nothing}
  </article>`;
}
