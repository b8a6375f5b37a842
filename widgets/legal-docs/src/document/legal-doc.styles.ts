import { css } from 'lit';

/**
 * A document's own parts (status badges, metadata table, relations, materials); the reading
 * parts (title, toolbar, text, tables) are core's `readerStyles`. Sizes in em from the host.
 */
export const legalDocStyles = css`
  :host {
    --_measure: var(--pbgdpl-legal-doc-measure, 42em);
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
  header {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 0.375em;
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

  /* Sections */
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
  /* Links alone on their line: 24 px at any text size (WCAG 2.5.8) */
  .out {
    display: inline-block;
    min-height: 24px;
    vertical-align: top;
  }

  /* Metadata */
  .meta-table {
    width: 100%;
    max-width: var(--_measure);
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

  .empty-body {
    color: var(--_color-muted);
  }

  /* Attachments, relations, materials, links */
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

  @media (forced-colors: active) {
    .status {
      border-color: CanvasText;
    }
  }

  @media print {
    :host {
      --_measure: none;
      color: #000;
    }
    .links-out,
    .rel-state {
      display: none !important;
    }
    .doc {
      font-size: 11pt;
    }
    details > :not(summary) {
      display: block;
    }
    .rel-open {
      color: inherit;
      text-decoration: none;
    }
  }
`;
