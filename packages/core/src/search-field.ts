import { html, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { Translate } from './i18n.ts';

/**
 * The labelled search box with its button and hint that the browsing widgets share, inside
 * their own `<form role="search">`. Texts come from the widget's `search.label`,
 * `search.placeholder`, `search.submit` and `search.hint` messages; `live` keeps the box in
 * step when the address changes the query.
 */
export function renderSearchField(
  t: Translate,
  value: string,
  onInput: (event: Event) => void,
  buttonClass: string,
): TemplateResult {
  return html`<label for="q">${t('search.label')}</label>
    <div class="search-row">
      <input
        id="q"
        type="search"
        name="q"
        maxlength="200"
        autocomplete="off"
        enterkeyhint="search"
        placeholder=${t('search.placeholder')}
        aria-describedby="q-hint"
        .value=${live(value)}
        @input=${onInput}
      />
      <button type="submit" class=${buttonClass}>${t('search.submit')}</button>
    </div>
    <p id="q-hint" class="hint">${t('search.hint')}</p>`;
}
