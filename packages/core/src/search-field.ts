import { css, html, type TemplateResult } from 'lit';
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

/** The search box, its button and the selects beside it, for widgets that show them alike. */
export const searchFieldStyles = css`
  label {
    font-weight: 600;
  }
  .search-row {
    display: flex;
    gap: 0.5em;
  }
  input[type='search'],
  select {
    min-height: 2.75em;
    padding: 0.375em 0.625em;
    border: 0.0625em solid var(--_color-muted);
    border-radius: var(--_radius);
    background: var(--_color-surface);
    color: var(--_color-text);
  }
  /* a percentage width lets the box narrow below its natural size */
  input[type='search'] {
    flex: 1 1 auto;
    width: 100%;
    min-width: 0;
  }
  .submit,
  .clear {
    min-height: 2.75em;
    padding: 0.375em 1em;
    border: 0.0625em solid var(--_color-primary);
    border-radius: var(--_radius);
    background: var(--_color-primary);
    color: var(--_color-on-primary);
  }
`;
