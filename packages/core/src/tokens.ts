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
    -webkit-text-size-adjust: 100%;
    /*
     * Inherited text properties win over the host page's rules for our element itself
     * (an old theme's "* { font-size: 12px }"): important declarations of the shadow tree
     * beat the page's, even important ones. Themes change them through the custom properties.
     * Box properties (margin, display) stay the page's to set.
     */
    font-family: var(--_font-family) !important;
    font-size: var(--pbgdpl-font-size, medium) !important;
    font-weight: normal !important;
    font-style: normal !important;
    font-variant: normal !important;
    line-height: 1.5 !important;
    letter-spacing: normal !important;
    word-spacing: normal !important;
    text-transform: none !important;
    text-indent: 0 !important;
    text-align: start !important;
    text-shadow: none !important;
    white-space: normal !important;
    color: var(--_color-text) !important;
  }
  :host([hidden]) {
    display: none;
  }
  /* Not inherited from the host element, whose box-sizing a page's "* {}" rule may set. */
  *,
  *::before,
  *::after {
    box-sizing: border-box;
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
