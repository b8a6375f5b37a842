import { css } from 'lit';

/**
 * An article's own parts (kicker, meta, event, material, cover, tags, related documents,
 * previous / next); the reading parts (title, toolbar, text, tables) are core's `readerStyles`.
 */
export const articleStyles = css`
  :host {
    --_measure: var(--pbgdpl-article-measure, 42em);
    /* The loading block is a screen or more (as the loader reserves it), so what follows the
       widget stays out of view as the article arrives. */
    --_reserve: 56em;
    container-type: inline-size;
  }
  .article {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 1em;
  }
  header {
    display: grid;
    gap: 0.375em;
  }
  p,
  dl,
  dd,
  figure {
    margin: 0;
  }
  .kicker {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    font-size: 0.875em;
    font-weight: 600;
  }
  .category,
  .format {
    color: var(--_color-primary);
    text-transform: uppercase;
    letter-spacing: 0.02em;
  }
  .format {
    color: var(--_color-muted);
  }
  .meta,
  .tags,
  .facts {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1.25em;
    color: var(--_color-muted);
    font-size: 0.9375em;
  }
  .meta div,
  .tags div,
  .facts div {
    display: flex;
    gap: 0.375em;
  }
  dt::after {
    content: ':';
  }
  .tags,
  .facts {
    display: grid;
    color: var(--_color-text);
  }
  .tags dt,
  .facts dt {
    font-weight: 600;
  }
  .historical {
    font-style: italic;
  }
  .event {
    padding: 0.75em;
    border-inline-start: 0.25em solid var(--_color-primary);
    background: var(--_color-surface-alt);
    border-radius: var(--_radius);
  }
  .calendar,
  .doc-link,
  .step {
    display: inline-block;
    min-height: 24px;
  }
  .cover-figure,
  .material-image,
  .material-player {
    max-width: var(--_measure);
  }
  .cover,
  .material-image {
    display: block;
    width: 100%;
    height: auto;
    border-radius: var(--_radius);
  }
  .material-player {
    width: 100%;
  }
  .material-file + .material-file {
    margin-block-start: 1em;
  }
  .transcript {
    max-width: var(--_measure);
    margin-block-start: 0.5em;
  }
  .transcript summary {
    min-height: 24px;
    color: var(--_color-primary);
    cursor: pointer;
  }
  .transcript-text {
    margin-block-start: 0.5em;
    white-space: pre-line;
  }
  .lead {
    max-width: var(--_measure);
    font-weight: 600;
    line-height: 1.55;
  }
  .doc-list,
  .sequence ul {
    margin: 0;
    padding: 0;
    list-style: none;
    display: grid;
    gap: 0.5em;
  }
  .doc-number {
    font-weight: 600;
  }
  .doc-meta,
  .pages {
    display: block;
    color: var(--_color-muted);
    font-size: 0.875em;
  }
  .pages {
    display: inline;
  }
  .sequence ul {
    grid-template-columns: repeat(auto-fit, minmax(14em, 1fr));
    padding-block-start: 0.75em;
    border-block-start: 0.0625em solid var(--_color-border);
  }
  .step {
    display: grid;
    gap: 0.125em;
    width: 100%;
    min-height: 2.75em;
    padding: 0.5em 0.75em;
    border: 0.0625em solid var(--_color-border);
    border-radius: var(--_radius);
    background: var(--_color-surface);
    color: var(--_color-text);
    font: inherit;
    text-align: start;
    cursor: pointer;
  }
  .next .step {
    text-align: end;
  }
  .step:hover {
    border-color: var(--_color-primary);
  }
  .step-label {
    color: var(--_color-primary);
    font-size: 0.875em;
    font-weight: 600;
  }
  @media print {
    :host {
      --_measure: none;
      color: #000;
    }
    .sequence,
    .calendar {
      display: none !important;
    }
  }
`;
