import { css } from 'lit';

/** Each size keeps the proportions of the standard banner formats, so the box never jumps. */
export const bannerStyles = css`
  :host {
    --_banner-width: 300px;
    --_banner-ratio: 300 / 250;
    max-width: var(--_banner-width);
  }
  :host([size='leaderboard']),
  :host(:not([size])[placement='leaderboard']) {
    --_banner-width: 728px;
    --_banner-ratio: 728 / 90;
  }
  :host([size='square']),
  :host(:not([size])[placement='square']) {
    --_banner-width: 250px;
    --_banner-ratio: 1;
  }
  :host([size='sidebar']) {
    --_banner-width: 300px;
    --_banner-ratio: 300 / 250;
  }
  ::slotted(a) {
    display: flex;
    color: var(--_color-primary);
  }
  .carousel {
    position: relative;
    width: 100%;
    aspect-ratio: var(--_banner-ratio);
    overflow: hidden;
    border-radius: var(--pbgdpl-banner-radius, 0);
    background: var(--_color-surface-alt);
  }
  .slide {
    position: absolute;
    inset: 0;
    display: block;
  }
  .slide[hidden] {
    display: none;
  }
  .slide a {
    display: block;
    width: 100%;
    height: 100%;
  }
  .slide a:focus-visible {
    outline-offset: -0.1875em;
  }
  .slide img {
    display: block;
    width: 100%;
    height: 100%;
    object-fit: contain;
  }
  .controls {
    position: absolute;
    inset-block-end: 0.25em;
    inset-inline-end: 0.25em;
    display: flex;
    gap: 0.25em;
  }
  .controls button {
    display: grid;
    place-items: center;
    width: 1.75em;
    height: 1.75em;
    padding: 0;
    border: 0.0625em solid var(--_color-on-primary);
    border-radius: 50%;
    background: var(--pbgdpl-banner-control-bg, rgb(0 0 0 / 0.72));
    color: var(--_color-on-primary);
    font-size: 0.875em;
    line-height: 1;
    cursor: pointer;
  }
  .controls button:hover {
    background: var(--_color-primary);
  }
  .controls svg {
    width: 0.875em;
    height: 0.875em;
    fill: currentColor;
  }
  /* A short leaderboard: previous on the left edge, pause and next on the right, its words clear */
  :host([size='leaderboard']) .controls,
  :host(:not([size])[placement='leaderboard']) .controls {
    inset-block: 0;
    inset-inline-start: 0.25em;
    align-items: center;
    pointer-events: none;
  }
  :host([size='leaderboard']) .controls button,
  :host(:not([size])[placement='leaderboard']) .controls button {
    pointer-events: auto;
  }
  :host([size='leaderboard']) .controls button:first-child,
  :host(:not([size])[placement='leaderboard']) .controls button:first-child {
    margin-inline-end: auto;
  }
`;
