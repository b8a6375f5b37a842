import { PbgdplElement } from '@pbgdpl/core';
import { adminStyles } from './styles.ts';
import './i18n.ts';

/** Base of every console element: core's config, language and tokens, with the console's messages. */
export abstract class AdminElement extends PbgdplElement {
  static override styles = [...PbgdplElement.styles, adminStyles];
  protected readonly namespace = 'admin';

  /** Moves focus to the view's h1 (after navigation). */
  async focusHeading(): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('h1')?.focus();
  }
}
