import { css } from 'lit';

/** Posters keep their box before their image arrives (fixed aspect ratio): nothing shifts. */
export const videoGalleryStyles = css`
  :host {
    --_ratio: var(--pbgdpl-video-gallery-ratio, 16 / 9);
    --_min-card: var(--pbgdpl-video-gallery-min-card, 14em);
  }
  .search {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75em 1em;
    align-items: flex-end;
    margin-block-end: 0.75em;
  }
  .field {
    display: flex;
    flex-direction: column;
    gap: 0.25em;
    flex: 1 1 14em;
  }
  label {
    font-weight: 600;
  }
  .row {
    display: flex;
    gap: 0.5em;
  }
  input,
  select {
    flex: 1;
    /* a percentage width lets it narrow below its natural size */
    width: 100%;
    min-width: 0;
    min-height: 2.75em;
    padding: 0.375em 0.625em;
    border: 0.0625em solid var(--_color-muted);
    border-radius: var(--_radius);
    background: var(--_color-surface);
    color: var(--_color-text);
    font: inherit;
  }
  .action,
  .arrow {
    min-height: 2.75em;
    padding: 0.375em 1em;
    border: 0.0625em solid var(--_color-primary);
    border-radius: var(--_radius);
    background: var(--_color-surface);
    color: var(--_color-primary);
    cursor: pointer;
  }
  .action:hover,
  .arrow:hover,
  button[type='submit'] {
    background: var(--_color-primary);
    color: var(--_color-on-primary);
  }
  .count {
    /* one line even while empty (loading), so the list below does not move */
    min-height: 1.5em;
    margin: 0 0 0.5em;
    color: var(--_color-muted);
  }
  .grid {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(var(--_min-card), 100%), 1fr));
    gap: 1em;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .card,
  .grid .card[data-item-id] {
    /* a block, not the inline opener: no line box around it adds to the row */
    display: flex;
    flex-direction: column;
    gap: 0.375em;
    width: 100%;
    padding: 0;
    border: 0;
    background: none;
    color: inherit;
    text-align: start;
    text-decoration: none;
    cursor: pointer;
  }
  .thumb {
    position: relative;
    display: block;
    aspect-ratio: var(--_ratio);
    overflow: hidden;
    border-radius: var(--_radius);
    background: var(--_color-surface-alt);
  }
  .thumb img,
  .media {
    display: block;
    width: 100%;
    height: 100%;
    object-fit: cover;
  }
  .play-icon {
    position: absolute;
    inset: 50% auto auto 50%;
    width: 3em;
    height: 3em;
    margin: -1.5em 0 0 -1.5em;
    border-radius: 50%;
    background: rgb(0 0 0 / 0.7);
  }
  .play-icon::after {
    content: '';
    position: absolute;
    inset: 0.85em auto auto 1.15em;
    border-block: 0.65em solid transparent;
    border-inline-start: 1.05em solid #fff;
  }
  .duration {
    position: absolute;
    inset: auto 0.375em 0.375em auto;
    padding: 0 0.375em;
    border-radius: 0.25em;
    background: rgb(0 0 0 / 0.8);
    color: #fff;
    font-size: 0.875em;
  }
  .card-title {
    font-weight: 600;
    color: var(--_color-primary);
  }
  .card:hover .card-title {
    text-decoration: underline;
  }
  .card-meta,
  .meta,
  .note {
    color: var(--_color-muted);
    font-size: 0.875em;
  }
  /* Carousel: one row that scrolls sideways, snapping to posters. */
  .strip {
    display: flex;
    align-items: center;
    gap: 0.25em;
  }
  .layout-carousel .grid {
    /* holds the hidden texts of posters out of view, which would widen the page */
    position: relative;
    display: flex;
    flex: 1;
    overflow-x: auto;
    scroll-snap-type: x mandatory;
    scrollbar-width: thin;
  }
  .layout-carousel .grid li {
    flex: 0 0 min(var(--_min-card), 80%);
    scroll-snap-align: start;
  }
  .arrow {
    padding: 0 0.625em;
    font-size: 1.25em;
  }
  /* A card's two lines of title and its line of date and category, as tall as their text */
  .skeleton .grid {
    gap: 1em;
  }
  .skeleton-card {
    display: flex;
    flex-direction: column;
    gap: 0.375em;
  }
  .skeleton .line {
    display: block;
    height: 3em;
    width: 80%;
    border-radius: var(--_radius);
  }
  .skeleton .line.when {
    height: 1.3125em;
    width: 55%;
  }
  /* Player; while loading, the details' room: title, date, description and actions */
  .player-skeleton .details {
    height: 12.5em;
    margin-block-start: 0.5em;
    border-radius: var(--_radius);
  }
  .frame {
    aspect-ratio: var(--_ratio);
    background: #000;
  }
  .media {
    border: 0;
    object-fit: contain;
  }
  .facade {
    position: relative;
    padding: 0;
    border: 0;
    cursor: pointer;
  }
  .facade img {
    width: 100%;
    height: 100%;
    object-fit: cover;
  }
  .facade .play-icon {
    width: 4em;
    height: 4em;
    margin: -2em 0 0 -2em;
    background: #c00;
  }
  .facade .play-icon::after {
    inset: 1.35em auto auto 1.55em;
  }
  .video-title {
    margin: 0.5em 0 0.25em;
    font-size: 1.25em;
  }
  .meta {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1em;
    margin: 0;
  }
  .description,
  .transcript p {
    margin: 0.5em 0;
  }
  .transcript summary {
    min-height: 2.75em;
    padding-block: 0.5em;
    color: var(--_color-primary);
    cursor: pointer;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em;
    margin-block-start: 0.5em;
  }
  .status {
    font-size: 0.875em;
    word-break: break-all;
  }
`;
