import { css } from 'lit';

/** A list by default; `layout="grid"` puts each link in a tile with its kind's icon. */
export const linksStyles = css`
  /* While the links load, the room the loader kept for them (embed/reserved-space.ts) stays. */
  :host {
    container-type: inline-size;
  }
  nav.loading {
    min-height: 45.5em;
  }
  @container (min-width: 24em) {
    nav.loading {
      min-height: 41em;
    }
  }
  @container (min-width: 36em) {
    nav.loading {
      min-height: 36.7em;
    }
  }
  h2,
  h3 {
    margin: 0 0 0.5em;
    font-size: 1.125em;
    line-height: 1.3;
  }
  h3 {
    font-size: 1em;
  }
  section + section {
    margin-top: 1em;
  }
  ul {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 0.5em;
  }
  :host([layout='grid']) ul {
    grid-template-columns: repeat(auto-fill, minmax(11em, 1fr));
  }
  a {
    display: flex;
    align-items: center;
    gap: 0.75em;
    min-height: 2.75em;
    padding: 0.5em 0.75em;
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
    color: var(--_color-primary);
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  a:hover {
    background: var(--_color-surface-alt);
  }
  a:focus-visible {
    outline: 0.1875em solid var(--_color-focus);
    outline-offset: 2px;
  }
  :host([layout='grid']) a {
    flex-direction: column;
    align-items: flex-start;
    height: 100%;
    box-sizing: border-box;
  }
  svg {
    flex: none;
    width: 1.75em;
    height: 1.75em;
    fill: currentColor;
  }
  .kind {
    display: block;
    color: var(--_color-muted);
    font-size: 0.875em;
    text-decoration: none;
  }
`;
