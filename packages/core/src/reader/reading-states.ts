import { html, type TemplateResult } from 'lit';
import type { Translate } from '../i18n.ts';

/** While a text loads: bars of its shape (title, lines) in the space it will take. */
export function renderReadingSkeleton(t: Translate): TemplateResult {
  return html`<div class="state loading skeleton" part="state loading" role="status" aria-busy="true">
    <span class="visually-hidden">${t('core:loading')}</span>
    <div class="bar title"></div>
    <div class="bar short"></div>
    <div class="bar"></div>
    <div class="bar"></div>
    <div class="bar short"></div>
  </div>`;
}

/** No such text (a wrong id, a removed item): said once, nothing to retry. */
export function renderNotFound(message: string): TemplateResult {
  return html`<div class="state error not-found" part="state error" role="alert">
    <span>${message}</span>
  </div>`;
}
