import { css } from 'lit';

/**
 * Reading first: a comfortable line length, clear section headings, tables that scroll
 * inside a labelled, focusable region. All sizes in em from the host's font size.
 */
export const legalDocStyles = css`
  :host {
    --_doc-measure: var(--pbgdpl-legal-doc-measure, 42em);
    --_doc-status-bg: var(--pbgdpl-legal-doc-status-bg, #e7f5ec);
    --_doc-status-text: var(--pbgdpl-legal-doc-status-text, #14532d);
    --_doc-status-off-bg: var(--pbgdpl-legal-doc-status-off-bg, #fdecea);
    --_doc-status-off-text: var(--pbgdpl-legal-doc-status-off-text, #8a1c12);
    /* The loading block is as tall as a document's heading, toolbar and details before its text
       (a screen or more), so what follows the widget stays out of view as the text arrives. */
    --_reserve: 56em;
    container-type: inline-size;
  }
  .doc {
    display: grid;
    /* as wide as the widget, whatever a table in it needs */
    grid-template-columns: minmax(0, 1fr);
    gap: 1.25em;
  }
  .doc.size-0 {
    font-size: 0.9em;
  }
  .doc.size-2 {
    font-size: 1.15em;
  }
  .doc.size-3 {
    font-size: 1.3em;
  }
  .doc.size-4 {
    font-size: 1.5em;
  }
  header {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 0.375em;
  }
  .title {
    margin: 0;
    font-size: 1.375em;
    line-height: 1.3;
    font-weight: 700;
    color: var(--_color-text);
    max-width: var(--_doc-measure);
  }
  .title:focus {
    outline: none;
  }
  .title:focus-visible {
    outline: 0.1875em solid var(--_color-focus);
    outline-offset: 0.125em;
  }
  .subtitle {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em 0.75em;
    margin: 0;
    color: var(--_color-muted);
  }
  .status {
    display: inline-block;
    padding: 0.0625em 0.5em;
    border: 0.0625em solid currentColor;
    border-radius: var(--_radius);
    background: var(--_doc-status-bg);
    color: var(--_doc-status-text);
    font-size: 0.875em;
    font-weight: 600;
    white-space: nowrap;
  }
  .status-expired,
  .status-suspended,
  .status-outdated {
    background: var(--_doc-status-off-bg);
    color: var(--_doc-status-off-text);
  }
  .status-partly-expired,
  .status-not-yet-in-force {
    background: var(--_color-notice-bg);
    color: var(--_color-notice-text);
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

  /* Sections */
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
  .rel-group .section-heading,
  .material-group .section-heading {
    border: 0;
    padding: 0;
    font-size: 1em;
    color: var(--_color-muted);
  }
  ul {
    margin: 0;
    padding-inline-start: 1.25em;
  }
  li + li {
    margin-block-start: 0.375em;
  }
  a {
    color: var(--_color-primary);
    text-underline-offset: 0.15em;
  }
  /* Links alone on their line: 24 px at any text size (WCAG 2.5.8) */
  .file,
  .out {
    display: inline-block;
    min-height: 24px;
    vertical-align: top;
  }
  .tool:is(a) {
    color: var(--_color-text);
  }

  /* Metadata */
  .meta-table {
    width: 100%;
    max-width: var(--_doc-measure);
    border-collapse: collapse;
  }
  .meta-table th,
  .meta-table td {
    padding: 0.375em 0.5em;
    border-block-end: 0.0625em solid var(--_color-border);
    text-align: start;
    vertical-align: top;
  }
  .meta-table th {
    width: 38%;
    font-weight: 600;
    color: var(--_color-muted);
  }
  .note {
    color: var(--_color-muted);
    font-style: italic;
  }
  @container (max-width: 30em) {
    .meta-table th,
    .meta-table td {
      display: block;
      width: auto;
      border: 0;
      padding-block: 0.125em;
    }
    .meta-table td {
      padding-block-end: 0.5em;
      border-block-end: 0.0625em solid var(--_color-border);
    }
  }

  /* Full text */
  .prose {
    max-width: var(--_doc-measure);
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
  .empty-body {
    color: var(--_color-muted);
  }

  /* Attachments, relations, materials, links */
  .file-details,
  .rel-meta {
    color: var(--_color-muted);
    font-size: 0.875em;
  }
  .rel-list,
  .material-list {
    list-style: none;
    padding: 0;
  }
  .rel-item {
    display: grid;
    gap: 0.125em;
  }
  .rel-open {
    display: inline;
    padding: 0;
    border: 0;
    background: none;
    color: var(--_color-primary);
    font: inherit;
    text-align: start;
    text-decoration: underline;
    text-underline-offset: 0.15em;
    cursor: pointer;
  }
  .rel-number {
    font-weight: 600;
  }
  .rel-state {
    margin: 0;
    color: var(--_color-muted);
  }
  .rel-state.error {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    align-items: center;
    color: var(--_color-text);
  }
  details {
    border: 0.0625em solid var(--_color-border);
    border-radius: var(--_radius);
  }
  summary {
    padding: 0.5em 0.75em;
    cursor: pointer;
  }
  .material-body {
    padding: 0 0.75em 0.5em;
  }
  .material > .file {
    display: inline-block;
    margin-block-start: 0.25em;
  }

  /* Loading placeholder with the document's shape */
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

  @media (forced-colors: active) {
    .status {
      border-color: CanvasText;
    }
  }

  @media print {
    :host {
      --_doc-measure: none;
      color: #000;
    }
    .toolbar,
    .notice,
    .stale,
    .retry,
    .links-out,
    .rel-state {
      display: none !important;
    }
    .doc {
      font-size: 11pt;
    }
    .table-scroll {
      overflow: visible;
    }
    details > :not(summary) {
      display: block;
    }
    a {
      color: inherit;
    }
    .rel-open {
      color: inherit;
      text-decoration: none;
    }
  }
`;
