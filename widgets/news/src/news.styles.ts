import { css } from 'lit';

/**
 * Mobile first: tabs that wrap, the search above its filters, one column of cards that becomes
 * a grid as the container (not the viewport: a CMS column may be narrow) widens.
 */
export const newsStyles = css`
  :host {
    --_min-card: var(--pbgdpl-news-min-card, 16em);
    --_ratio: var(--pbgdpl-news-ratio, 16 / 9);
    --_mark: var(--pbgdpl-news-highlight, #fff3b0);
    --_row-height: 3.5em;
    --_dialog-width: 52em;
  }
  .root {
    container: news / inline-size;
  }
  h2,
  h3,
  p,
  ul {
    margin: 0;
    padding: 0;
  }
  ul {
    list-style: none;
  }
  a {
    color: var(--_color-primary);
  }
  mark {
    background: var(--_mark);
    color: inherit;
  }
  button,
  input,
  select {
    font: inherit;
  }
  button {
    cursor: pointer;
  }

  /* Category tabs */
  .tabs ul {
    display: flex;
    flex-wrap: wrap;
    gap: 0.375em;
    margin-block-end: 1em;
    border-block-end: 0.125em solid var(--_color-primary);
    padding-block-end: 0.375em;
  }
  .tab {
    min-height: 2.75em;
    padding: 0.375em 0.75em;
    border: 0.0625em solid var(--_color-border);
    border-radius: var(--_radius);
    background: var(--_color-surface);
    color: var(--_color-text);
    cursor: pointer;
  }
  .tab:hover {
    border-color: var(--_color-primary);
  }
  .tab[aria-pressed='true'] {
    border-color: var(--_color-primary);
    background: var(--_color-primary);
    color: var(--_color-on-primary);
    font-weight: 600;
  }

  /* Search and filters */
  .search {
    display: grid;
    /* a long option or word may not widen the column past a phone's width */
    grid-template-columns: minmax(0, 1fr);
    gap: 0.75em;
    margin-block-end: 1em;
  }
  .search-field {
    display: grid;
    gap: 0.25em;
  }
  .clear {
    align-self: end;
    background: var(--_color-surface);
    color: var(--_color-primary);
  }
  .hint {
    color: var(--_color-muted);
    font-size: 0.875em;
  }
  .filters {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(12em, 100%), 1fr));
    gap: 0.75em;
  }
  .filter {
    display: grid;
    gap: 0.25em;
    min-width: 0;
  }
  .filter select {
    width: 100%;
  }

  /* Results */
  .results-heading {
    font-size: 1.125em;
  }
  .results-heading:focus {
    outline: none;
  }
  .results-heading:focus-visible {
    outline: 0.1875em solid var(--_color-focus);
  }
  .count {
    min-height: 1.5em;
    margin-block: 0.25em 0.75em;
    color: var(--_color-muted);
  }
  .cards {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(var(--_min-card), 100%), 1fr));
    gap: 1em;
  }
  .card article,
  .card-skeleton article {
    display: grid;
    grid-template-rows: auto 1fr;
    height: 100%;
    border: 0.0625em solid var(--_color-border);
    border-radius: var(--_radius);
    background: var(--_color-surface);
    overflow: hidden;
  }
  .card-media {
    aspect-ratio: var(--_ratio);
    background: var(--_color-surface-alt);
  }
  .card-media .cover {
    display: block;
    width: 100%;
    height: 100%;
    object-fit: cover;
  }
  /*
   * Each line of a card's text keeps its place and clips what is longer (one line of category,
   * three of title, two of date and unit, three of lead), so every card, and its loading
   * skeleton, is its cover plus 15.271875em: the loader reserves that before the widget
   * arrives (embed/reserved-space.ts) and nothing after the list moves when the articles come.
   */
  .card-text {
    display: grid;
    align-content: start;
    gap: 0.375em;
    padding: 0.75em;
  }
  .card-category,
  .card-title,
  .card-meta,
  .card-summary {
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: var(--_lines);
    line-clamp: var(--_lines);
    overflow: hidden;
    height: calc(var(--_lines) * var(--_line));
  }
  .card-category {
    --_lines: 1;
    --_line: 1.5em;
    color: var(--_color-primary);
    font-size: 0.8125em;
    font-weight: 700;
    line-height: 1.5;
    text-transform: uppercase;
  }
  .pinned {
    color: var(--_color-muted);
  }
  .card-title {
    --_lines: 3;
    --_line: 1.35em;
    font-size: 1.0625em;
    line-height: 1.35;
  }
  .card-meta {
    --_lines: 2;
    --_line: 1.5em;
    line-height: 1.5;
  }
  .card-meta,
  .compact-meta {
    color: var(--_color-muted);
    font-size: 0.875em;
  }
  .card-summary {
    --_lines: 3;
    --_line: 1.5em;
    line-height: 1.5;
  }
  /* The clipping box would hide a focus ring drawn outside the title. */
  .card-title .article-link:focus-visible,
  .clamp .article-link:focus-visible {
    outline-offset: -0.1875em;
  }
  .card-skeleton {
    border-radius: var(--_radius);
  }
  .skeleton .cards {
    gap: 1em;
  }
  /* The pager below (on two rows in a narrow column, three in a very narrow one) and its margin. */
  @container news (max-width: 30.5em) {
    .skeleton.paged {
      padding-block-end: 6.875em;
    }
  }
  @container news (max-width: 15.5em) {
    .skeleton.paged {
      padding-block-end: 10em;
    }
  }
  .card-skeleton article {
    border-color: transparent;
    background: none;
  }
  .card-skeleton .card-media {
    background: none;
  }
  .article-link {
    display: inline;
    min-height: 24px;
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
  .card-title .article-link {
    color: var(--_color-text);
    text-decoration: none;
  }
  .card-title .article-link:hover {
    color: var(--_color-primary);
    text-decoration: underline;
  }

  /*
   * Short views: a title keeps three lines in a narrow column, two in a wider one, one from
   * 48em, and clips what is longer, so each row (and its skeleton) has a known height.
   */
  .short {
    --_lines: 3;
    display: grid;
    gap: 0.75em;
  }
  @container news (min-width: 30em) {
    .short {
      --_lines: 2;
    }
  }
  @container news (min-width: 48em) {
    .short {
      --_lines: 1;
    }
  }
  .short-heading {
    overflow: hidden;
    padding-block-end: 0.25em;
    border-block-end: 0.125em solid var(--_color-primary);
    font-size: 1.125em;
    text-overflow: ellipsis;
    white-space: nowrap;
  }
  .compact-list,
  .headlines,
  .skeleton .compact-skeleton,
  .skeleton .headlines-skeleton {
    display: grid;
    gap: 0.625em;
  }
  .clamp {
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: var(--_lines);
    line-clamp: var(--_lines);
    overflow: hidden;
    height: calc(var(--_lines) * 1.5em);
  }
  .compact-meta {
    display: block;
  }
  .compact-item,
  .compact-skeleton .skeleton-row {
    height: max(var(--_row-height), calc(var(--_lines) * 1.5em + 1.4375em));
  }
  .compact-item {
    display: flex;
    gap: 0.625em;
    align-items: flex-start;
  }
  .thumb {
    flex: none;
    width: 5.5em;
    aspect-ratio: var(--_ratio);
    overflow: hidden;
    border-radius: var(--_radius);
    background: var(--_color-surface-alt);
  }
  .thumb .cover {
    display: block;
    width: 100%;
    height: 100%;
    object-fit: cover;
  }
  .compact-text {
    display: grid;
    gap: 0.125em;
    min-width: 0;
  }
  .headline {
    display: grid;
    gap: 0.125em;
    padding-block-end: 0.5em;
    border-block-end: 0.0625em solid var(--_color-border);
  }
  .headlines-skeleton .skeleton-row {
    height: calc(var(--_lines) * 1.5em + 2em);
  }
  .more {
    justify-self: start;
    display: inline-block;
    min-height: 24px;
    font-weight: 600;
  }

  .empty-title {
    font-weight: 600;
  }
`;
