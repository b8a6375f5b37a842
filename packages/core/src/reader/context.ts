import type { Lang, Translate } from '../i18n.ts';
import type { HeadingLevel } from './headings.ts';

/** What the render modules need from the element. */
export interface RenderContext {
  t: Translate;
  lang: Lang;
  api: string;
  /** Level of the section headings (one below the title's). */
  level: HeadingLevel;
}
