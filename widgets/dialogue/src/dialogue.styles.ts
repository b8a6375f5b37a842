import { css } from 'lit';
import { submissionStyles } from '@pbgdpl/core/submission';

/** Mobile first, one column; controls 2.75em high for fingers; no rem (hosts change it). */
export const dialogueStyles = css`
  :host {
    --_live: var(--pbgdpl-dialogue-live, #a4161a);
    --_row-height: 9em;
  }
  h2,
  h3,
  p,
  ul,
  ol,
  dl,
  dd {
    margin: 0;
    padding: 0;
  }
  ul,
  ol {
    list-style: none;
  }
  h2 {
    font-size: 1.25em;
  }
  h3 {
    font-size: 1.0625em;
  }
  a {
    color: var(--_color-primary);
  }
  button,
  select {
    font: inherit;
    cursor: pointer;
  }
  .root,
  .session,
  .list,
  .questions,
  .question,
  .topic,
  .conclusion,
  .row {
    display: grid;
    gap: 0.75em;
  }
  .row {
    gap: 0.375em;
  }
  .row label {
    font-weight: 600;
  }
  .row select {
    min-height: 2.75em;
    padding: 0.375em 0.625em;
    border: 0.0625em solid var(--_color-border);
    border-radius: var(--_radius);
    background: var(--_color-surface);
    color: var(--_color-text);
  }
  .filters {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(12em, 1fr));
    gap: 0.5em 1em;
    margin-block: 0.75em;
  }
  .card,
  .question {
    padding-block-end: 0.75em;
    border-bottom: 0.0625em solid var(--_color-border);
  }
  .card {
    display: grid;
    gap: 0.5em;
  }
  .session-link {
    display: inline-block;
    min-height: 24px;
  }
  .status-row,
  .meta,
  .support-row,
  .links {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1em;
    align-items: center;
  }
  .meta {
    color: var(--_color-muted);
  }
  .badge {
    display: inline-block;
    padding: 0 0.5em;
    border-radius: var(--_radius);
    background: var(--_color-notice-bg);
    color: var(--_color-notice-text);
    font-weight: 600;
    font-size: 0.875em;
  }
  .badge[data-state='live'] {
    background: var(--_live);
    color: var(--_color-on-primary);
  }
  .badge[data-state='concluded'],
  .badge[data-state='archived'] {
    background: var(--_color-surface-alt);
    color: var(--_color-text);
  }
  .badge[data-state='answered'] {
    background: #e6f4ea;
    color: #1e5c2f;
  }
  .countdown {
    font-weight: 600;
  }
  .facts {
    display: grid;
    gap: 0.25em;
  }
  .facts div {
    display: flex;
    flex-wrap: wrap;
    gap: 0 0.5em;
  }
  .facts dt {
    color: var(--_color-muted);
  }
  .facts dt::after {
    content: ':';
  }
  .calendar,
  .links a,
  .documents a {
    display: inline-block;
    min-height: 24px;
  }
  .officials,
  .documents {
    padding-inline-start: 1.5em;
    list-style: disc;
  }
  .body {
    white-space: pre-line;
  }
  .hint {
    color: var(--_color-muted);
  }
  .answer {
    display: grid;
    gap: 0.5em;
    padding: var(--_space);
    border-inline-start: 0.25em solid var(--_color-primary);
    background: var(--_color-surface-alt);
  }
  .rich :is(p, ul, ol) {
    margin-block: 0.5em;
  }
  .rich :is(ul, ol) {
    padding-inline-start: 1.5em;
    list-style: revert;
  }
  .support[aria-pressed='true'] {
    border-style: dashed;
  }
  .error {
    color: var(--_color-danger);
    font-weight: 600;
  }
  .questions-part,
  .ask-part {
    display: grid;
    gap: 0.75em;
    padding-block-start: 0.75em;
    border-top: 0.0625em solid var(--_color-border);
  }
  .skeleton-row {
    height: var(--_row-height);
    margin-block-end: 0.75em;
    border-radius: var(--_radius);
  }
  ${submissionStyles}
`;
