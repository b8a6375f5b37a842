import { html, nothing, type TemplateResult } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import type { Dialogue } from '@pbgdpl/contract';
import { mediaUrl } from '@pbgdpl/core';
import { sanitizeHtml } from '@pbgdpl/core/sanitize';
import { renderFacts, type FactsContext } from './session-facts.ts';

export interface SessionContext extends FactsContext {
  api: string;
  documentHref: (id: number) => string;
  videoHref: (id: number) => string;
}

const concluded = (session: Dialogue) => session.state === 'concluded' || session.state === 'archived';

/** The session's head: facts, topic, officials, where to join, related documents, and the outcome once concluded. */
export function renderSession(context: SessionContext, session: Dialogue): TemplateResult {
  const { t, api } = context;
  const officials = session.officials;
  return html`<h2 id="session-heading" tabindex="-1">${session.title}</h2>
    ${renderFacts(context, session)}
    <section class="topic" aria-labelledby="topic-heading">
      <h3 id="topic-heading">${t('session.topic')}</h3>
      <p class="body">${session.topic}</p>
      <p class="hint">
        ${t('session.groups')}: ${session.targetGroups.map((group) => t(`core:audience.${group}`)).join('; ')}
      </p>
    </section>
    ${officials.length
      ? html`<section aria-labelledby="officials-heading">
          <h3 id="officials-heading">${t('session.officials')}</h3>
          <ul class="officials" part="officials">
            ${officials.map(
              (official) =>
                html`<li><strong>${official.name}</strong>, ${official.position} – ${official.unit}</li>`,
            )}
          </ul>
        </section>`
      : nothing}
    ${session.onlineUrl || session.livestreamUrl
      ? html`<p class="links">
          ${session.onlineUrl
            ? html`<a href=${session.onlineUrl} rel="noopener" target="_blank">${t('session.join')}</a>`
            : nothing}
          ${session.livestreamUrl
            ? html`<a href=${session.livestreamUrl} rel="noopener" target="_blank"
                >${t('session.livestream')}</a
              >`
            : nothing}
        </p>`
      : nothing}
    ${session.documents.length
      ? html`<section aria-labelledby="documents-heading">
          <h3 id="documents-heading">${t('session.documents')}</h3>
          <ul class="documents" part="documents">
            ${session.documents.map(
              (doc) =>
                html`<li><a href=${context.documentHref(doc.id)}>${doc.number} — ${doc.title}</a></li>`,
            )}
          </ul>
        </section>`
      : nothing}
    ${concluded(session) ? renderOutcome(context, session) : nothing}
    ${session.attachments.length
      ? html`<section aria-labelledby="attachments-heading">
          <h3 id="attachments-heading">${t('session.attachments')}</h3>
          <ul class="documents">
            ${session.attachments.map(
              (file) => html`<li><a href=${mediaUrl(api, file.url)} download>${file.name}</a></li>`,
            )}
          </ul>
        </section>`
      : nothing}`;
}

function renderOutcome(context: SessionContext, session: Dialogue): TemplateResult {
  const { t, api } = context;
  return html`<section class="conclusion" part="conclusion" aria-labelledby="conclusion-heading">
    <h3 id="conclusion-heading">${t('session.conclusion')}</h3>
    ${session.conclusion
      ? html`<div class="rich">${unsafeHTML(sanitizeHtml(session.conclusion, { base: api }))}</div>`
      : html`<p class="hint">${t('session.noConclusion')}</p>`}
    ${session.conclusionFile
      ? html`<p>
          <a href=${mediaUrl(api, session.conclusionFile)} download>${t('session.conclusionFile')}</a>
        </p>`
      : nothing}
    ${session.recording
      ? html`<p>
          ${t('session.recording')}:
          <a part="recording" href=${context.videoHref(session.recording.id)}>${session.recording.title}</a>
        </p>`
      : nothing}
  </section>`;
}
