import { html, LitElement, type nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { consume } from '@lit/context';
import { configContext, resolveConfig, type PbgdplConfig } from './config.ts';
import { emit, type PbgdplEventMap } from './events.ts';
import { localesReady, translator, type Lang, type Translate } from './i18n.ts';
import { LangObserver, resolveLang } from './lang.ts';
import type { ReadRoute, RouteInput, RouteReply } from './api-client.ts';
import { ApiResource } from './resource.ts';
import { renderEmpty, renderError, renderLoading, renderStaleNotice, stateStyles } from './states.ts';
import { hostReset, tokens } from './tokens.ts';
import { VERSION } from './version.ts';

/**
 * What every `pbgdpl-*` widget shares: configuration (attribute > provider > loader >
 * defaults), language, the standard loading/empty/error/stale states, typed events.
 *
 * @attr api - Base URL of the PBGDPL API; defaults to the provider's, the loader's or `/api/v1`.
 * @attr unit - Id of the unit (department, commune) whose site shows the widget.
 * @attr lang - Language of the widget (`vi` or `en`); defaults to the nearest `lang`.
 * @fires pbgdpl-load - Content arrived; `detail: { count, stale }`.
 * @fires pbgdpl-error - Content could not be loaded; `detail: { kind, status }`.
 * @cssprop --pbgdpl-font-family - Font stack (system fonts by default).
 * @cssprop --pbgdpl-font-size - Size every other size derives from (default: the reader's `medium`).
 * @cssprop --pbgdpl-color-primary - Brand colour for links, buttons and accents (default #a4161a).
 * @cssprop --pbgdpl-color-on-primary - Text on the brand colour (default #ffffff).
 * @cssprop --pbgdpl-color-text - Body text (default #1f2328).
 * @cssprop --pbgdpl-color-muted - Secondary text (default #57606a).
 * @cssprop --pbgdpl-color-surface - Background (default #ffffff).
 * @cssprop --pbgdpl-color-surface-alt - Subtle background of states and controls (default #f3f4f6).
 * @cssprop --pbgdpl-color-border - Borders (default #c9cfd6).
 * @cssprop --pbgdpl-color-focus - Focus ring (default #0b57d0).
 * @cssprop --pbgdpl-radius - Corner radius (default 0.375em).
 * @csspart state - The loading, empty or error block.
 * @csspart retry - The retry button of the error and stale states.
 * @csspart stale - The notice shown over data saved earlier.
 */
export abstract class PbgdplElement extends LitElement {
  static version = VERSION;
  static override styles = [tokens, hostReset, stateStyles];

  @property() api?: string;
  @property() unit?: string;

  @consume({ context: configContext, subscribe: true })
  @state()
  protected provided?: Partial<PbgdplConfig>;

  /** The widget's i18n namespace, registered with `registerLocales`. */
  protected abstract readonly namespace: string;

  constructor() {
    super();
    new LangObserver(this);
  }

  get config(): PbgdplConfig {
    return resolveConfig({ api: this.api, unit: this.unit }, this.provided);
  }

  get language(): Lang {
    return resolveLang(this, this.config.lang);
  }

  /** Translate in the widget's current language; `core:` keys reach the shared messages. */
  get t(): Translate {
    return translator(this.language, this.namespace);
  }

  /** An update waits for the language's messages when they are not loaded yet (English). */
  protected override async scheduleUpdate(): Promise<void> {
    const ready = localesReady(this.language);
    if (ready) await ready;
    super.scheduleUpdate();
  }

  /**
   * One route of the API read for this element, bound to its API and lifetime: `input` answers
   * the route's parameters and query (undefined: nothing to read now). Tells the host page how
   * each load ended with `pbgdpl-load` / `pbgdpl-error`; `count` says how many items arrived.
   */
  protected resource<K extends ReadRoute>(
    route: K,
    input: (config: PbgdplConfig) => RouteInput<K> | undefined,
    count: (data: RouteReply<K>) => number,
  ): ApiResource<K> {
    return new ApiResource<K>(
      this,
      () => {
        const config = this.config;
        const routeInput = input(config);
        return routeInput && { api: config.api, route, input: routeInput };
      },
      (settled) => {
        if (settled.status === 'ready')
          this.emit('pbgdpl-load', { count: count(settled.data), stale: settled.stale });
        else this.emit('pbgdpl-error', { kind: settled.error.kind, status: settled.error.status });
      },
    );
  }

  protected emit<K extends keyof PbgdplEventMap>(type: K, detail: PbgdplEventMap[K]): boolean {
    return emit<PbgdplEventMap, K>(this, type, detail);
  }

  /**
   * Renders a resource in its standard state, calling `ready` with the data once loaded.
   * `count` tells how many items arrived: zero shows the empty state.
   */
  protected renderResource<K extends ReadRoute, T>(
    resource: ApiResource<K, T>,
    count: (data: T) => number,
    ready: (data: T) => TemplateResult | typeof nothing,
    emptyMessage?: string,
  ): TemplateResult | typeof nothing {
    const { t } = this;
    const current = resource.state;
    const retry = () => resource.retry();
    switch (current.status) {
      case 'loading':
        return renderLoading(t);
      case 'error':
        return renderError(t, current.error, retry);
      case 'ready':
        if (count(current.data) === 0) return renderEmpty(t, emptyMessage);
        return html`${renderStaleNotice(t, current.stale, retry)}${ready(current.data)}`;
    }
  }
}
