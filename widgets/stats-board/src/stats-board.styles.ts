import { css } from 'lit';

/**
 * One column on phones; cards and charts flow into columns as the container (not the
 * viewport: CMS sidebars are narrow) widens. Printing drops the controls and opens every
 * data table, so the paper carries the figures, not only the pictures.
 */
export const statsBoardStyles = css`
  :host {
    --_bar: var(--pbgdpl-stats-board-bar, var(--_color-primary));
    --_track: var(--pbgdpl-stats-board-track, var(--_color-surface-alt));
  }
  .root {
    container: stats / inline-size;
    display: grid;
    /* as wide as the widget, not as its widest content */
    grid-template-columns: minmax(0, 1fr);
    gap: 1.25em;
  }
  h2,
  h3,
  p,
  ul,
  figure {
    margin: 0;
    padding: 0;
  }
  h2 {
    font-size: 1.375em;
    line-height: 1.25;
  }
  h3 {
    font-size: 1.125em;
    margin-block-end: 0.5em;
  }
  ul {
    list-style: none;
  }
  select,
  input,
  .button,
  button {
    font: inherit;
    min-height: 2.75em;
    padding: 0.375em 0.625em;
    border: 0.0625em solid var(--_color-border);
    border-radius: var(--_radius);
    background: var(--_color-surface);
    color: var(--_color-text);
  }
  .button,
  button {
    cursor: pointer;
    border-color: var(--_color-primary);
    color: var(--_color-primary);
    text-decoration: none;
    display: inline-flex;
    align-items: center;
    gap: 0.375em;
  }
  button:disabled {
    cursor: default;
    border-color: var(--_color-border);
    color: var(--_color-muted);
  }
  label {
    display: inline-grid;
    gap: 0.25em;
    max-width: 100%;
    min-width: 0;
    font-size: 0.9375em;
  }
  /* a percentage width lets a long select narrow on a phone */
  label > :is(select, input) {
    width: 100%;
  }
  .controls,
  .search {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-end;
    gap: 0.75em;
  }
  .range,
  .summary,
  .muted,
  .change {
    color: var(--_color-muted);
  }
  /* Loading: the report's shape, laid out as the report (one line of period, cards of a card's
     height, charts of a province's size), not as a state box */
  .state.report-skeleton {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    align-items: stretch;
    gap: 1.25em;
    min-height: 0;
    padding: 0;
    background: none;
    animation: none;
  }
  .range.shimmer {
    min-height: 1.5em;
    margin: 0;
    border-radius: var(--_radius);
  }
  .report-skeleton .card {
    min-height: 7.5em;
  }
  .chart-space {
    border-radius: var(--_radius);
  }
  .chart-space.units {
    height: 40em;
  }
  .chart-space.trend {
    height: 27.5em;
  }
  .chart-space.fields {
    height: 61em;
  }
  /* the directory's first page of people, its count and pager */
  .directory .state.loading {
    min-height: 47.5em;
  }
  @container stats (max-width: 48em) {
    .directory .state.loading {
      min-height: 130em;
    }
  }
  .block {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 0.75em;
  }
  .cards {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 13em), 1fr));
    gap: 0.75em;
  }
  .card {
    display: grid;
    align-content: start;
    gap: 0.25em;
    padding: var(--_space);
    border: 0.0625em solid var(--_color-border);
    border-radius: var(--_radius);
    min-width: 0;
  }
  .activity-articles {
    display: grid;
    gap: 0.5em;
  }
  .activity-articles h4 {
    margin: 0;
    font-size: 1em;
  }
  .activity-articles ul {
    display: grid;
    gap: 0.375em;
    margin: 0;
    padding-inline-start: 1.25em;
  }
  .activity-articles time {
    margin-inline-start: 0.5em;
    color: var(--_color-muted);
    font-size: 0.875em;
  }
  /* a 24 px target (WCAG 2.5.8) even for a one-line title */
  .activity-articles a {
    display: inline-block;
    min-height: 24px;
    color: var(--_color-primary);
  }
  .kpi-value {
    font-size: 1.75em;
    font-weight: 700;
    line-height: 1.2;
    /* Very large numbers wrap inside the card instead of pushing the grid wider. */
    overflow-wrap: anywhere;
  }
  .change {
    font-size: 0.875em;
  }
  .charts {
    display: grid;
    gap: 1em;
  }
  .chart {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 0.5em;
    padding: var(--_space);
    border: 0.0625em solid var(--_color-border);
    border-radius: var(--_radius);
    min-width: 0;
  }
  .chart-head {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    align-items: flex-end;
    gap: 0.5em;
  }
  .chart-title {
    font-weight: 700;
  }
  .bars {
    display: grid;
    grid-template-columns: minmax(6em, max-content) minmax(4em, 1fr) max-content;
    align-items: center;
    gap: 0.375em 0.5em;
  }
  .bar-label {
    overflow-wrap: anywhere;
  }
  .bar {
    width: 100%;
    height: 1em;
    background: var(--_track);
  }
  .bar rect,
  .line circle {
    fill: var(--_bar);
  }
  .bar-value {
    font-variant-numeric: tabular-nums;
    text-align: end;
  }
  .line {
    display: grid;
    gap: 0.25em;
    font-size: 0.875em;
    color: var(--_color-muted);
  }
  .line svg {
    width: 100%;
    height: auto;
    max-height: 14em;
    overflow: visible;
  }
  .line polyline {
    fill: none;
    stroke: var(--_bar);
    stroke-width: 2;
  }
  .line .base {
    stroke: var(--_color-border);
  }
  .axis-ends {
    display: flex;
    justify-content: space-between;
  }
  .toggle {
    justify-self: start;
  }
  .data {
    overflow-x: auto;
  }
  table {
    border-collapse: collapse;
    font-variant-numeric: tabular-nums;
    font-size: 0.9375em;
  }
  th,
  td {
    padding: 0.25em 0.5em;
    border-bottom: 0.0625em solid var(--_color-border);
    text-align: end;
  }
  th[scope='row'],
  thead th:first-child {
    text-align: start;
  }
  /* names readable in a narrow scrolling table */
  th[scope='row'] {
    min-width: 8em;
  }
  .people {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 18em), 1fr));
    gap: 0.75em;
  }
  .person {
    display: grid;
    gap: 0.125em;
    padding: var(--_space);
    border: 0.0625em solid var(--_color-border);
    border-radius: var(--_radius);
    overflow-wrap: anywhere;
  }
  .pager {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.75em;
  }
  @container stats (min-width: 48em) {
    .charts {
      grid-template-columns: 1fr 1fr;
    }
  }
  @media print {
    .controls,
    .toggle,
    .search,
    .pager,
    .metric {
      display: none;
    }
    .data[hidden] {
      display: block;
    }
    .card,
    .chart {
      break-inside: avoid;
    }
  }
`;
