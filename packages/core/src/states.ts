import { css, html, nothing, type TemplateResult } from 'lit';
import type { ApiError } from './api-error.ts';
import type { Translate } from './i18n.ts';

/**
 * The loading, empty, error and stale states look and read the same in every widget.
 * The loading block keeps the widget's reserved height (`--_reserve`) so nothing shifts.
 */
export const stateStyles = css`
  .state {
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    justify-content: center;
    gap: 0.5em;
    min-height: var(--_reserve, 4em);
    padding: var(--_space);
    border-radius: var(--_radius);
    background: var(--_color-surface-alt);
    color: var(--_color-text);
  }
  /* Also for a widget's own placeholders (e.g. skeleton rows): one shimmer everywhere. */
  .state.loading,
  .shimmer {
    background: linear-gradient(
      90deg,
      var(--_color-surface-alt) 0%,
      var(--_color-surface) 50%,
      var(--_color-surface-alt) 100%
    );
    background-size: 200% 100%;
    animation: pbgdpl-shimmer 1.4s ease-in-out infinite;
  }
  @keyframes pbgdpl-shimmer {
    from {
      background-position: 100% 0;
    }
    to {
      background-position: -100% 0;
    }
  }
  .state.error {
    border-inline-start: 0.25em solid var(--_color-danger);
  }
  .stale {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em;
    margin-block-end: 0.5em;
    padding: 0.375em 0.625em;
    border-radius: var(--_radius);
    background: var(--_color-notice-bg);
    color: var(--_color-notice-text);
    font-size: 0.875em;
  }
  .retry {
    min-height: 2.75em;
    padding: 0.375em 1em;
    border: 0.0625em solid var(--_color-primary);
    border-radius: var(--_radius);
    background: var(--_color-surface);
    color: var(--_color-primary);
    cursor: pointer;
  }
  .retry:hover {
    background: var(--_color-primary);
    color: var(--_color-on-primary);
  }
`;

export function renderLoading(t: Translate): TemplateResult {
  return html`<div class="state loading" part="state loading" role="status" aria-busy="true">
    <span class="visually-hidden">${t('core:loading')}</span>
  </div>`;
}

export function renderEmpty(t: Translate, message?: string): TemplateResult {
  return html`<div class="state empty" part="state empty" role="status">${message ?? t('core:empty')}</div>`;
}

export function renderError(t: Translate, error: ApiError, onRetry: () => void): TemplateResult {
  return html`<div class="state error" part="state error" role="alert">
    <span>${error.problem?.detail ?? t(`core:error.${error.kind}`, { status: error.status ?? '' })}</span>
    <button type="button" class="retry" part="retry" @click=${onRetry}>${t('core:retry')}</button>
  </div>`;
}

export function renderStaleNotice(
  t: Translate,
  stale: boolean,
  onRetry: () => void,
): TemplateResult | typeof nothing {
  if (!stale) return nothing;
  return html`<div class="stale" part="stale" role="status">
    <span>${t('core:stale')}</span>
    <button type="button" class="retry" part="retry" @click=${onRetry}>${t('core:retry')}</button>
  </div>`;
}
