import { LitElement, css, html } from 'lit';
import { property } from 'lit/decorators.js';
import { ContextProvider } from '@lit/context';
import { configContext } from './config.ts';
import { defineElement } from './define.ts';
import { VERSION } from './version.ts';

/**
 * Shares API settings with every widget inside it, so a page with several widgets states
 * them once.
 *
 * @summary Shared settings (API, unit, language) for the widgets it contains.
 * @tag pbgdpl-provider
 * @attr api - Base URL of the PBGDPL API for the widgets inside.
 * @attr unit - Unit id for the widgets inside.
 * @attr lang - Language for the widgets inside (`vi` or `en`).
 * @slot - The widgets.
 */
export class PbgdplProvider extends LitElement {
  static version = VERSION;
  static override styles = css`
    :host {
      display: contents;
    }
  `;

  @property() api?: string;
  @property() unit?: string;
  /** Mirrors the `lang` attribute without replacing the element's built-in `lang`. */
  @property({ attribute: 'lang' }) language?: string;

  readonly #provider = new ContextProvider(this, { context: configContext, initialValue: {} });

  protected override willUpdate(): void {
    this.#provider.setValue({ api: this.api, unit: this.unit, lang: this.language });
  }

  protected override render() {
    return html`<slot></slot>`;
  }
}

defineElement('pbgdpl-provider', PbgdplProvider);

declare global {
  interface HTMLElementTagNameMap {
    'pbgdpl-provider': PbgdplProvider;
  }
}
