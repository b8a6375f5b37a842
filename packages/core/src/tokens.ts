import { css } from 'lit';

/**
 * Design tokens. Hosts theme every widget by setting `--pbgdpl-*` custom properties on any
 * ancestor (they inherit through shadow roots); the values here are the documented defaults.
 * Widgets read the system tokens below; component tokens (`--pbgdpl-banner-*`) fall back
 * to them.
 */
export const tokens = css`
  :host {
    --_font-family: var(
      --pbgdpl-font-family,
      system-ui,
      -apple-system,
      'Segoe UI',
      Roboto,
      'Helvetica Neue',
      Arial,
      'Noto Sans',
      sans-serif
    );
    --_color-primary: var(--pbgdpl-color-primary, #a4161a);
    --_color-on-primary: var(--pbgdpl-color-on-primary, #ffffff);
    --_color-text: var(--pbgdpl-color-text, #1f2328);
    --_color-muted: var(--pbgdpl-color-muted, #57606a);
    --_color-surface: var(--pbgdpl-color-surface, #ffffff);
    --_color-surface-alt: var(--pbgdpl-color-surface-alt, #f3f4f6);
    --_color-border: var(--pbgdpl-color-border, #c9cfd6);
    --_color-focus: var(--pbgdpl-color-focus, #0b57d0);
    --_color-danger: var(--pbgdpl-color-danger, #b42318);
    --_color-notice-bg: var(--pbgdpl-color-notice-bg, #fff4e5);
    --_color-notice-text: var(--pbgdpl-color-notice-text, #6b3e00);
    --_radius: var(--pbgdpl-radius, 0.375em);
    --_space: var(--pbgdpl-space, 0.75em);
  }
`;

/**
 * Undo whatever the host page's CSS leaks in (inherited fonts, colours, line heights,
 * `html { font-size: 62.5% }`). `font-size: medium` is the reader's own default size, so
 * large-text settings still work while the host's rem tricks do not reach us.
 */
export const hostReset = css`
  :host {
    all: initial;
    display: block;
    box-sizing: border-box;
    font-family: var(--_font-family);
    font-size: var(--pbgdpl-font-size, medium);
    line-height: 1.5;
    color: var(--_color-text);
    text-align: start;
    -webkit-text-size-adjust: 100%;
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  :focus-visible {
    outline: 0.1875em solid var(--_color-focus);
    outline-offset: 0.125em;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
  button {
    font: inherit;
    color: inherit;
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation-duration: 0.01ms !important;
      animation-iteration-count: 1 !important;
      transition-duration: 0.01ms !important;
    }
  }
`;
