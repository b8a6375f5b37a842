import { html, type TemplateResult } from 'lit';

/** Heading levels the element may use; the title takes the chosen one, sections the next. */
export type HeadingLevel = 2 | 3 | 4 | 5 | 6;

export function toHeadingLevel(value: unknown, fallback: HeadingLevel = 2): HeadingLevel {
  const level = Math.trunc(Number(value));
  return level >= 2 && level <= 6 ? (level as HeadingLevel) : fallback;
}

/** The level below `level`, never deeper than h6. */
export const below = (level: HeadingLevel): HeadingLevel => Math.min(6, level + 1) as HeadingLevel;

/**
 * The document title: focusable by script (`tabindex="-1"`) so the host can move focus to it.
 * Documents are Vietnamese whatever the interface language, hence `lang="vi"`.
 */
export function renderTitle(level: HeadingLevel, text: string): TemplateResult {
  switch (level) {
    case 2:
      return html`<h2 class="title" part="title" tabindex="-1" lang="vi">${text}</h2>`;
    case 3:
      return html`<h3 class="title" part="title" tabindex="-1" lang="vi">${text}</h3>`;
    case 4:
      return html`<h4 class="title" part="title" tabindex="-1" lang="vi">${text}</h4>`;
    case 5:
      return html`<h5 class="title" part="title" tabindex="-1" lang="vi">${text}</h5>`;
    case 6:
      return html`<h6 class="title" part="title" tabindex="-1" lang="vi">${text}</h6>`;
  }
}

/** A section heading with an id its section can be labelled by. */
export function renderHeading(level: HeadingLevel, id: string, text: string): TemplateResult {
  switch (level) {
    case 2:
      return html`<h2 class="section-heading" id=${id}>${text}</h2>`;
    case 3:
      return html`<h3 class="section-heading" id=${id}>${text}</h3>`;
    case 4:
      return html`<h4 class="section-heading" id=${id}>${text}</h4>`;
    case 5:
      return html`<h5 class="section-heading" id=${id}>${text}</h5>`;
    case 6:
      return html`<h6 class="section-heading" id=${id}>${text}</h6>`;
  }
}
