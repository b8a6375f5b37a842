import { css } from 'lit';

/** The filled `.primary` and outlined `.secondary` buttons of the widgets' forms and steps. */
export const buttonStyles = css`
  .primary,
  .secondary {
    min-height: 2.75em;
    padding: 0.375em 1em;
    border: 0.0625em solid var(--_color-primary);
    border-radius: var(--_radius);
    background: var(--_color-surface);
    color: var(--_color-primary);
  }
  .primary {
    background: var(--_color-primary);
    color: var(--_color-on-primary);
  }
`;
