import { css } from 'lit';

/**
 * What reading looks like in every widget that shows a text to read (a document, an article):
 * the text sizes, the title, the toolbar, section headings, file links and the body ("prose")
 * with tables that scroll. Elements set `--_measure` (longest line, default 42em).
 */
export const readerStyles = css`
  .size-0 {
    font-size: 0.9em;
  }
  .size-2 {
    font-size: 1.15em;
  }
  .size-3 {
    font-size: 1.3em;
  }
  .size-4 {
    font-size: 1.5em;
  }

  .title {
    margin: 0;
    font-size: 1.375em;
    line-height: 1.3;
    font-weight: 700;
    color: var(--_color-text);
    max-width: var(--_measure, 42em);
  }
  .title:focus {
    outline: none;
  }
  .title:focus-visible {
    outline: 0.1875em solid var(--_color-focus);
    outline-offset: 0.125em;
  }

  /* Toolbar */
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    gap: 0.375em;
    align-items: center;
  }
  .tool-group {
    display: inline-flex;
    flex-wrap: wrap;
    gap: 0.25em;
  }
  .tool {
    display: inline-flex;
    align-items: center;
    gap: 0.375em;
    min-height: 2.75em;
    min-width: 2.75em;
    justify-content: center;
    padding: 0.375em 0.75em;
    border: 0.0625em solid var(--_color-border);
    border-radius: var(--_radius);
    background: var(--_color-surface);
    color: var(--_color-text);
    font: inherit;
    font-size: 0.9375em;
    line-height: 1.2;
    text-decoration: none;
    cursor: pointer;
  }
  .tool:hover:not(:disabled) {
    border-color: var(--_color-primary);
    color: var(--_color-primary);
  }
  .tool:disabled {
    cursor: default;
    opacity: 0.55;
  }
  .tool[aria-pressed='true'] {
    border-color: var(--_color-primary);
    background: var(--_color-primary);
    color: var(--_color-on-primary);
  }
  .size-button {
    padding-inline: 0.5em;
    font-weight: 700;
  }
  .icon {
    width: 1.125em;
    height: 1.125em;
    flex: none;
    fill: currentColor;
  }
  .notice {
    margin: 0;
    min-height: 1.5em;
    color: var(--_color-text);
    font-size: 0.9375em;
  }
  .notice:empty {
    min-height: 0;
  }

  section {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 0.5em;
  }
  .section-heading {
    margin: 0;
    padding-block-end: 0.25em;
    border-block-end: 0.0625em solid var(--_color-border);
    font-size: 1.125em;
    line-height: 1.3;
    font-weight: 700;
  }

  a {
    color: var(--_color-primary);
    text-underline-offset: 0.15em;
  }
  /* Links alone on their line: 24 px at any text size (WCAG 2.5.8) */
  .file {
    display: inline-block;
    min-height: 24px;
    vertical-align: top;
  }
  .tool:is(a) {
    color: var(--_color-text);
  }

  /* Full text */
  .prose {
    max-width: var(--_measure, 42em);
    line-height: 1.65;
    overflow-wrap: break-word;
  }
  .prose :is(h2, h3, h4, h5, h6) {
    margin: 1.25em 0 0.5em;
    line-height: 1.3;
  }
  .prose h2 {
    font-size: 1.2em;
  }
  .prose h3 {
    font-size: 1.1em;
  }
  .prose :is(h4, h5, h6) {
    font-size: 1em;
  }
  .prose p {
    margin: 0 0 0.75em;
  }
  .prose :is(ul, ol) {
    margin: 0 0 0.75em;
  }
  .prose blockquote {
    margin: 0 0 0.75em;
    padding-inline-start: 0.75em;
    border-inline-start: 0.25em solid var(--_color-border);
  }
  .prose pre {
    overflow-x: auto;
    white-space: pre-wrap;
  }
  .table-scroll {
    max-width: 100%;
    overflow-x: auto;
    margin: 0 0 0.75em;
  }
  .prose table {
    border-collapse: collapse;
    min-width: 100%;
  }
  .prose :is(th, td) {
    padding: 0.25em 0.5em;
    border: 0.0625em solid var(--_color-border);
    text-align: start;
    vertical-align: top;
  }

  /* Loading placeholder with the text's shape */
  .skeleton {
    display: grid;
    gap: 0.75em;
  }
  .skeleton .bar {
    height: 1em;
    border-radius: var(--_radius);
    background: var(--_color-surface-alt);
  }
  .skeleton .bar.title {
    height: 1.75em;
    width: 80%;
  }
  .skeleton .bar.short {
    width: 45%;
  }
  .file-details {
    color: var(--_color-muted);
    font-size: 0.875em;
  }

  @media print {
    .toolbar,
    .notice,
    .stale,
    .retry {
      display: none !important;
    }
    .table-scroll {
      overflow: visible;
    }
    a {
      color: inherit;
    }
  }
`;
