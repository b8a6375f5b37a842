import { html, nothing, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import { keyed } from 'lit/directives/keyed.js';
import { defineElement, PbgdplElement, registerLocales, VERSION } from '@pbgdpl/core';
import { CONTRAST_PARTNERS, contrastRatio } from './contrast.ts';
import { widgetsFrom, type AttributeSpec, type RawManifest, type WidgetSpec } from './manifest.ts';
import { Preview } from './preview.ts';
import { currentUnits, releaseIntegrity, type UnitOption } from './site-units.ts';
import { snippet, themeCss, type Choices } from './snippet.ts';
import { configureStyles } from './styles.ts';
import vi from './locales/vi.json';
import en from './locales/en.json';

registerLocales('configure', { vi, en });

const GUIDE_URL = './huong-dan-nhung.txt';

/**
 * The embed configurator: a form built from the widgets' manifest on the left, the live widget
 * and the snippet to copy on the right. Everything it shows is derived from a few choices.
 */
/** The documentation's `values` (Markdown code spans) as <code>. */
const withCode = (text: string) =>
  text.split('`').map((part, i) => (i % 2 === 1 ? html`<code>${part}</code>` : part));

export class PbgdplConfigurator extends PbgdplElement {
  static override styles = [...PbgdplElement.styles, configureStyles];
  protected readonly namespace = 'configure';

  @state() private widgets: WidgetSpec[] | 'loading' | 'error' = 'loading';
  @state() private tag = '';
  @state() private values: Record<string, Record<string, string>> = {};
  @state() private apiInput = `${location.origin}/api/v1`;
  @state() private units: UnitOption[] | 'loading' | 'error' = 'loading';
  @state() private chosenUnit = '';
  @state() private widgetLang: Choices['lang'] = '';
  @state() private colours: Record<string, string> = {};
  @state() private integrity?: string;
  @state() private pin = false;
  @state() private announcement = '';

  private readonly preview = new Preview();

  override connectedCallback(): void {
    super.connectedCallback();
    this.append(this.preview.host);
    void this.load();
  }

  private async load(): Promise<void> {
    // Beside the page: `/embed/configure/custom-elements.json`, copied there by the build.
    const manifest = fetch(new URL('../custom-elements.json', import.meta.url)).then((response) =>
      response.ok
        ? (response.json() as Promise<RawManifest>)
        : Promise.reject(new Error(`${response.status}`)),
    );
    void currentUnits(`${location.origin}/api/v1`).then(
      (units) => (this.units = units),
      () => (this.units = 'error'),
    );
    void releaseIntegrity(VERSION).then((integrity) => (this.integrity = integrity));
    try {
      const widgets = widgetsFrom(await manifest);
      this.widgets = widgets;
      this.tag = widgets[0]?.tag ?? '';
    } catch {
      this.widgets = 'error';
    }
  }

  private get widget(): WidgetSpec | undefined {
    return Array.isArray(this.widgets) ? this.widgets.find((widget) => widget.tag === this.tag) : undefined;
  }

  private get validApi(): string | undefined {
    const value = this.apiInput.trim().replace(/\/+$/, '');
    return URL.canParse(value) && /^https?:$/.test(new URL(value).protocol) ? value : undefined;
  }

  private choices(widget: WidgetSpec): Choices {
    const colours = Object.fromEntries(
      widget.colours
        .map((colour) => [colour.name, this.colours[colour.name] ?? colour.defaultValue] as const)
        .filter(
          ([name, value]) => value !== widget.colours.find((colour) => colour.name === name)?.defaultValue,
        ),
    );
    return {
      widget,
      attributes: this.values[widget.tag] ?? {},
      api: this.validApi ?? `${location.origin}/api/v1`,
      unit: this.chosenUnit,
      lang: this.widgetLang,
      colours,
      ...(this.pin && this.integrity ? { pinned: { version: VERSION, integrity: this.integrity } } : {}),
    };
  }

  override updated(): void {
    const widget = this.widget;
    if (widget) this.preview.show(this.choices(widget));
  }

  override render(): TemplateResult {
    const { t } = this;
    const widget = this.widget;
    return html`
      <header class="top">
        <h1>${t('title')}</h1>
        <button
          type="button"
          class="switch"
          lang=${this.language === 'vi' ? 'en' : 'vi'}
          aria-label=${t('switchLanguageLabel')}
          @click=${this.switchLanguage}
        >
          ${t('switchLanguage')}
        </button>
      </header>
      <p>${t('intro')} <a href=${GUIDE_URL}>${t('guide')}</a></p>
      ${this.widgets === 'loading'
        ? html`<p role="status">${t('loading')}</p>`
        : this.widgets === 'error' || !widget
          ? html`<p role="alert">${t('manifestError')}</p>`
          : this.renderLayout(this.widgets, widget)}
    `;
  }

  private renderLayout(widgets: WidgetSpec[], widget: WidgetSpec): TemplateResult {
    const { t } = this;
    const choices = this.choices(widget);
    const code = snippet(choices);
    const css = themeCss(choices);
    return html`
      <div class="layout">
        <form aria-label=${t('form')} @submit=${(event: Event) => event.preventDefault()}>
          <fieldset>
            <legend>${t('widgetLegend')}</legend>
            <label for="widget">${t('widget')}</label>
            <select id="widget" aria-describedby="widget-hint" @change=${this.chooseWidget}>
              ${widgets.map(
                (option) =>
                  html`<option value=${option.tag} ?selected=${option.tag === widget.tag}>
                    ${this.widgetName(option)} (&lt;${option.tag}&gt;)
                  </option>`,
              )}
            </select>
            <p class="hint" id="widget-hint">${this.documented(`summaries.${widget.tag}`, widget.summary)}</p>
          </fieldset>
          <fieldset>
            <legend>${t('optionsLegend')}</legend>
            ${widget.attributes.length === 0
              ? html`<p>${t('noOptions')}</p>`
              : // New controls per widget: a reused select would keep the last widget's choice.
                keyed(
                  widget.tag,
                  widget.attributes.map((spec) => this.renderAttribute(widget, spec)),
                )}
          </fieldset>
          ${this.renderSettings()} ${this.renderColours(widget)}
        </form>
        <div class="output">
          <section aria-labelledby="preview-heading">
            <h2 id="preview-heading">${t('preview')}</h2>
            <p class="hint">${t('previewHint')}</p>
            <div class="preview"><slot name="preview"></slot></div>
          </section>
          <section aria-labelledby="snippet-heading">
            <h2 id="snippet-heading">${t('snippet')}</h2>
            <p class="hint" id="snippet-hint">${t('snippetHint')}</p>
            <pre
              class="code"
              tabindex="0"
              aria-labelledby="snippet-heading"
              aria-describedby="snippet-hint"
            ><code id="snippet">${code}</code></pre>
            <button type="button" class="copy" @click=${() => this.copy(code)}>${t('copy')}</button>
            ${css
              ? html`<h3 id="css-heading">${t('css')}</h3>
                  <p class="hint" id="css-hint">${t('cssHint')}</p>
                  <pre
                    class="code"
                    tabindex="0"
                    aria-labelledby="css-heading"
                    aria-describedby="css-hint"
                  ><code id="css">${css}</code></pre>
                  <button type="button" class="copy" @click=${() => this.copy(css)}>${t('copyCss')}</button>`
              : nothing}
            <p class="announcement" role="status">${this.announcement}</p>
          </section>
        </div>
      </div>
    `;
  }

  private renderAttribute(widget: WidgetSpec, spec: AttributeSpec): TemplateResult {
    const { t } = this;
    const id = `attr-${spec.name}`;
    const value = this.values[widget.tag]?.[spec.name] ?? '';
    const set = (next: string) =>
      (this.values = { ...this.values, [widget.tag]: { ...this.values[widget.tag], [spec.name]: next } });
    const hint = html`<p class="hint" id="${id}-hint">
      ${this.documented(`attributes.${widget.tag}.${spec.name}`, spec.description)}
      ${spec.defaultValue && spec.control.kind !== 'checkbox'
        ? t('defaultIs', { value: spec.defaultValue })
        : nothing}
    </p>`;
    switch (spec.control.kind) {
      case 'checkbox':
        return html`<div class="field check">
          <input
            type="checkbox"
            id=${id}
            aria-describedby="${id}-hint"
            .checked=${value === 'true'}
            @change=${(event: Event) => set(String((event.target as HTMLInputElement).checked))}
          />
          <label for=${id}><code>${spec.name}</code></label>
          ${hint}
        </div>`;
      case 'select':
        return html`<div class="field">
          <label for=${id}><code>${spec.name}</code></label>
          <select
            id=${id}
            aria-describedby="${id}-hint"
            @change=${(event: Event) => set((event.target as HTMLSelectElement).value)}
          >
            ${spec.defaultValue
              ? nothing
              : html`<option value="" ?selected=${value === ''}>${t('defaultOption')}</option>`}
            ${spec.control.options.map(
              (option) =>
                html`<option value=${option} ?selected=${(value || spec.defaultValue) === option}>
                  ${option}
                </option>`,
            )}
          </select>
          ${hint}
        </div>`;
      default:
        return html`<div class="field">
          <label for=${id}><code>${spec.name}</code></label>
          <input
            type=${spec.control.kind === 'number' ? 'number' : 'text'}
            id=${id}
            aria-describedby="${id}-hint"
            .value=${value}
            placeholder=${spec.defaultValue}
            @input=${(event: Event) => set((event.target as HTMLInputElement).value)}
          />
          ${hint}
        </div>`;
    }
  }

  private renderSettings(): TemplateResult {
    const { t } = this;
    const apiInvalid = this.validApi === undefined;
    return html`<fieldset>
      <legend>${t('settingsLegend')}</legend>
      <div class="field">
        <label for="api">${t('api')}</label>
        <input
          type="url"
          id="api"
          .value=${this.apiInput}
          aria-invalid=${apiInvalid ? 'true' : 'false'}
          aria-describedby="api-hint${apiInvalid ? ' api-error' : ''}"
          @input=${(event: Event) => (this.apiInput = (event.target as HTMLInputElement).value)}
        />
        <p class="hint" id="api-hint">${t('apiHint')}</p>
        ${apiInvalid ? html`<p class="error" id="api-error">${t('apiInvalid')}</p>` : nothing}
      </div>
      <div class="field">
        <label for="unit">${t('unit')}</label>
        <select
          id="unit"
          aria-describedby="unit-hint"
          @change=${(event: Event) => (this.chosenUnit = (event.target as HTMLSelectElement).value)}
        >
          <option value="" ?selected=${this.chosenUnit === ''}>${t('unitNone')}</option>
          ${Array.isArray(this.units)
            ? this.units.map(
                (unit) =>
                  html`<option value=${unit.id} ?selected=${unit.id === this.chosenUnit}>
                    ${unit.name} (${unit.id})
                  </option>`,
              )
            : nothing}
        </select>
        <p class="hint" id="unit-hint">${this.units === 'error' ? t('unitsError') : t('unitHint')}</p>
      </div>
      <div class="field">
        <label for="lang">${t('lang')}</label>
        <select
          id="lang"
          @change=${(event: Event) =>
            (this.widgetLang = (event.target as HTMLSelectElement).value as Choices['lang'])}
        >
          <option value="" ?selected=${this.widgetLang === ''}>${t('langAuto')}</option>
          <option value="vi" ?selected=${this.widgetLang === 'vi'}>${t('langVi')}</option>
          <option value="en" ?selected=${this.widgetLang === 'en'}>${t('langEn')}</option>
        </select>
      </div>
      <fieldset class="release">
        <legend>${t('release')}</legend>
        <div class="field check">
          <input
            type="radio"
            id="release-latest"
            name="release"
            .checked=${!this.pin}
            @change=${() => (this.pin = false)}
          />
          <label for="release-latest">${t('releaseLatest')}</label>
        </div>
        <div class="field check">
          <input
            type="radio"
            id="release-pinned"
            name="release"
            aria-describedby="release-hint"
            ?disabled=${!this.integrity}
            .checked=${this.pin}
            @change=${() => (this.pin = true)}
          />
          <label for="release-pinned">${t('releasePinned', { version: VERSION })}</label>
        </div>
        ${this.integrity
          ? nothing
          : html`<p class="hint" id="release-hint">${t('releasePinnedMissing', { version: VERSION })}</p>`}
      </fieldset>
    </fieldset>`;
  }

  private renderColours(widget: WidgetSpec): TemplateResult | typeof nothing {
    const { t } = this;
    if (widget.colours.length === 0) return nothing;
    const valueOf = (name: string) =>
      this.colours[name] ?? widget.colours.find((colour) => colour.name === name)?.defaultValue ?? '#ffffff';
    return html`<fieldset>
      <legend>${t('themeLegend')}</legend>
      <p class="hint">${t('themeHint')}</p>
      ${widget.colours.map((colour) => {
        const id = `colour-${colour.name.slice(2)}`;
        const partner = CONTRAST_PARTNERS[colour.name];
        const ratio = partner && contrastRatio(valueOf(colour.name), valueOf(partner.against));
        const passes = partner && ratio !== undefined && ratio >= partner.minimum;
        return html`<div class="field colour">
          <input
            type="color"
            id=${id}
            .value=${valueOf(colour.name)}
            aria-describedby=${partner ? `${id}-contrast` : nothing}
            @input=${(event: Event) =>
              (this.colours = { ...this.colours, [colour.name]: (event.target as HTMLInputElement).value })}
          />
          <label for=${id}
            >${t(`colours.${colour.name}`, { defaultValue: colour.description })}
            <code>${colour.name}</code></label
          >
          ${partner && ratio !== undefined
            ? html`<p class="contrast ${passes ? 'ok' : 'low'}" id="${id}-contrast">
                ${t('contrast', {
                  against: t(`colours.${partner.against}`, { defaultValue: partner.against }),
                  ratio: ratio.toFixed(2).replace('.', this.language === 'vi' ? ',' : '.'),
                })}
                — ${passes ? t('contrastOk') : t('contrastLow', { minimum: partner.minimum })}
              </p>`
            : nothing}
        </div>`;
      })}
      <button type="button" @click=${() => (this.colours = {})}>${t('resetColours')}</button>
    </fieldset>`;
  }

  /** Vietnamese from the locale; in English, or for a text not translated yet, the code's own documentation. */
  private documented(key: string, english: string): TemplateResult {
    const vietnamese = this.language === 'vi' ? this.t(key, { defaultValue: '' }) : '';
    return vietnamese ? html`${withCode(vietnamese)}` : html`<span lang="en">${withCode(english)}</span>`;
  }

  private widgetName(widget: WidgetSpec): string {
    return this.t(`widgets.${widget.tag}`, { defaultValue: widget.summary });
  }

  private chooseWidget(event: Event): void {
    this.tag = (event.target as HTMLSelectElement).value;
  }

  private switchLanguage(): void {
    const next = this.language === 'vi' ? 'en' : 'vi';
    document.documentElement.lang = next;
    this.lang = next;
  }

  private async copy(text: string): Promise<void> {
    try {
      await navigator.clipboard.writeText(text);
      this.announce(this.t('copied'));
    } catch {
      this.announce(this.t('copyFailed'));
    }
  }

  /** Clears first, so the same message twice is read twice. */
  private announce(message: string): void {
    this.announcement = '';
    requestAnimationFrame(() => (this.announcement = message));
  }
}

defineElement('pbgdpl-configurator', PbgdplConfigurator);
