import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { StatsKey, StatsReport, StatsUnitRow } from '@pbgdpl/contract';
import {
  apiClient,
  defineElement,
  formatDate,
  formatNumber,
  PbgdplElement,
  registerLocales,
} from '@pbgdpl/core';
import { pathOf } from '@pbgdpl/contract/route-table';
import { COMPUTED_STATS_KEYS, ENTERED_STATS_KEYS, REPORTER_ROLES } from '@pbgdpl/contract/values';
import { barChart, lineChart, renderTable, type ChartContext } from './charts.ts';
import { PAGE_SIZE, renderPeople, renderSearch, type DirectoryContext } from './directory.ts';
import { renderActivityArticles } from './activity-articles.ts';
import { renderCards } from './kpis.ts';
import { isSpan, recentYears, spanDates, SPANS, type Span } from './period.ts';
import { statsBoardStyles } from './stats-board.styles.ts';
import vi from './locales/vi.json';

registerLocales('stats-board', { vi, en: () => import('./locales/en.json') });

/** An article opens in the `<pbgdpl-news>` of this page (its default address parameters). */
const DEFAULT_ARTICLE_HREF = '?tt-id={id}';

/** The blocks the `sections` attribute names. */
type Section = 'kpi' | 'activities' | 'units' | 'contests' | 'trend' | 'fields' | 'reporters';

const UNIT_KEYS = ['activities', 'participants', 'copies', 'documents', 'questionsReceived'] as const;
const FIELD_KEYS = ['questionsReceived', 'questionsAnswered', 'documents'] as const;
const TREND_KEYS = [...ENTERED_STATS_KEYS, ...COMPUTED_STATS_KEYS.filter((key) => key !== 'answerDays')];

type UnitKey = (typeof UNIT_KEYS)[number];
type FieldKey = (typeof FIELD_KEYS)[number];

/**
 * The PBGDPL statistics of the province or one unit: headline figures against the previous
 * period, bars by unit, a line over time, a breakdown by field, and the directory of legal
 * reporters and propagandists. Each chart is a small SVG with a sentence saying what it shows
 * and its data table one button away; the figures download as CSV and the board prints.
 *
 * @summary Statistics board: KPIs, charts with data tables, CSV, print, reporters directory.
 * @tag pbgdpl-stats-board
 * @attr sections - Blocks to show, comma separated, in this order: `kpi,activities,units,contests,trend,fields,reporters` (default: all).
 * @attr from - First day of a fixed period (yyyy-mm-dd), with `to`; the period selector starts there.
 * @attr to - Last day of a fixed period (yyyy-mm-dd).
 * @attr granularity - Steps of the line over time: `month` (default), `quarter` or `year`.
 * @attr article-href - Address of the host's article view for the articles listed under the activities, `{id}` and `{slug}` replaced (default: this page, `?tt-id={id}`, where a `<pbgdpl-news>` opens it).
 * @attr news-href - Address of the host's news list of activity reports, `{unit}` replaced by the unit shown (empty for the province), e.g. `/tin-bai?tt-cat=hoat-dong-don-vi&tt-unit={unit}`; shown as "Xem tất cả".
 * @attr unit - Unit to show at first (e.g. `so-tu-phap`); the reader may choose another or the whole province.
 * @csspart controls - The period and unit selectors with the CSV and print buttons.
 * @csspart card - One headline figure.
 * @csspart chart - One chart with its summary and data table.
 * @csspart reporter - One person of the directory.
 * @cssprop --pbgdpl-stats-board-bar - Colour of bars and lines (default: the primary colour).
 * @cssprop --pbgdpl-stats-board-track - Background behind bars (default: the alternate surface).
 */
export class PbgdplStatsBoard extends PbgdplElement {
  static override styles = [...PbgdplElement.styles, statsBoardStyles];
  protected readonly namespace = 'stats-board';

  @property() sections?: string;
  @property() from?: string;
  @property() to?: string;
  @property() granularity: 'month' | 'quarter' | 'year' = 'month';
  @property({ attribute: 'article-href' }) articleHref?: string;
  @property({ attribute: 'news-href' }) newsHref?: string;

  @state() private year = new Date().getFullYear();
  @state() private span: Span = 'year';
  /** The unit chosen in the selector; undefined until the reader chooses (the `unit` setting applies). */
  @state() private chosenUnit?: string;
  @state() private unitMetric: UnitKey = 'activities';
  @state() private trendMetric: StatsKey = 'participants';
  @state() private fieldMetric: FieldKey = 'questionsReceived';
  @state() private open = new Set<string>();
  @state() private q = '';
  @state() private roleFilter = '';
  @state() private page = 1;

  readonly #stats = this.resource(
    'stats',
    () => ({ query: this.#query() }),
    (data) => data.kpis.length,
  );
  readonly #site = this.resource(
    'site',
    () => ({}),
    (data) => data.units.length,
  );
  readonly #reporters = this.resource(
    'reporters',
    () =>
      this.#shown('reporters')
        ? {
            query: {
              q: this.q || undefined,
              role: REPORTER_ROLES.find((role) => role === this.roleFilter),
              unit: this.#unit,
              page: this.page,
              pageSize: PAGE_SIZE,
            },
          }
        : undefined,
    (data) => data.items.length,
  );

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.from && this.to) this.span = 'custom';
  }

  get #unit(): string | undefined {
    return this.chosenUnit === undefined ? this.config.unit : this.chosenUnit || undefined;
  }

  get #period(): { from: string; to: string } {
    if (this.span === 'custom' && this.from && this.to) return { from: this.from, to: this.to };
    return spanDates(this.year, isSpan(this.span) ? this.span : 'year');
  }

  #query() {
    return { ...this.#period, unit: this.#unit, granularity: this.granularity };
  }

  #shown(section: Section): boolean {
    const wanted = this.sections?.split(',').map((s) => s.trim());
    return !wanted || wanted.includes(section);
  }

  get #charts(): ChartContext {
    return {
      t: this.t,
      lang: this.language,
      open: this.open,
      onToggle: (id) => {
        const open = new Set(this.open);
        if (!open.delete(id)) open.add(id);
        this.open = open;
      },
    };
  }

  override render(): TemplateResult {
    const { t } = this;
    return html`<section class="root" aria-labelledby="title">
      <h2 id="title">${t('title')}</h2>
      ${this.#renderControls()}
      ${this.#stats.state.status === 'loading'
        ? this.#renderSkeleton()
        : this.renderResource(
            this.#stats,
            (d) => (d.kpis.some((k) => k.value || k.previous) ? 1 : 0),
            (d) => this.#renderReport(d),
            t('empty'),
          )}
      ${this.#shown('reporters') ? this.#renderDirectory() : nothing}
    </section>`;
  }

  /* eslint-disable lit-a11y/no-invalid-change-handler -- a choice redraws the figures in place: no change of context (WCAG 3.2.2) */
  #renderControls(): TemplateResult {
    const { t, language: lang } = this;
    const site = this.#site.state;
    const units = site.status === 'ready' ? site.data.units.filter((u) => !u.validTo) : [];
    const unit = this.#unit ?? '';
    const csv = apiClient(this.config.api).url(pathOf('statsExport'), { ...this.#query(), lang });
    const custom =
      this.from && this.to ? `${formatDate(this.from, lang)} – ${formatDate(this.to, lang)}` : '';
    return html`<div class="controls" part="controls" role="group" aria-label=${t('controls')}>
      <label
        >${t('year')}
        <select
          ?disabled=${this.span === 'custom'}
          @change=${(e: Event) => (this.year = Number((e.target as HTMLSelectElement).value))}
        >
          ${recentYears().map((y) => html`<option value=${y} ?selected=${y === this.year}>${y}</option>`)}
        </select>
      </label>
      <label
        >${t('period')}
        <select @change=${(e: Event) => (this.span = (e.target as HTMLSelectElement).value as Span)}>
          ${SPANS.map(
            (s) => html`<option value=${s} ?selected=${s === this.span}>${t(`span.${s}`)}</option>`,
          )}
          ${custom
            ? html`<option value="custom" ?selected=${this.span === 'custom'}>${custom}</option>`
            : nothing}
        </select>
      </label>
      <label
        >${t('unit')}
        <select
          @change=${(e: Event) => (
            (this.chosenUnit = (e.target as HTMLSelectElement).value),
            (this.page = 1)
          )}
        >
          <option value="" ?selected=${!unit}>${t('allUnits')}</option>
          ${units.map(
            (u) => html`<option value=${u.id} ?selected=${u.id === unit}>${u.shortName ?? u.name}</option>`,
          )}
        </select>
      </label>
      <a class="button" href=${csv} download>${t('csv')}</a>
      <button type="button" class="button" @click=${() => window.print()}>${t('print')}</button>
    </div>`;
  }

  /**
   * While the figures load: the report's shape, each block under its own heading, cards as many
   * as will come and charts about as tall as a province's, so the page does not move when they arrive.
   */
  #renderSkeleton(): TemplateResult {
    const { t } = this;
    const cards = (keys: readonly StatsKey[]) =>
      html`<ul class="cards">
        ${keys.map(() => html`<li class="card shimmer"></li>`)}
      </ul>`;
    const bodies: Array<[Section, TemplateResult]> = [
      ['kpi', cards(COMPUTED_STATS_KEYS)],
      ['activities', cards(ENTERED_STATS_KEYS)],
      ['units', html`<div class="chart-space units shimmer"></div>`],
      ['trend', html`<div class="chart-space trend shimmer"></div>`],
      ['fields', html`<div class="chart-space fields shimmer"></div>`],
    ];
    return html`<div
      class="state loading report-skeleton"
      part="state loading"
      role="status"
      aria-busy="true"
    >
      <span class="visually-hidden">${t('core:loading')}</span>
      <p class="range shimmer" aria-hidden="true"></p>
      ${bodies
        .filter(([section]) => this.#shown(section))
        .map(
          ([section, body]) =>
            html`<section class="block" aria-hidden="true">
              <h3>${t(`section.${section}`)}</h3>
              ${body}
            </section>`,
        )}
    </div>`;
  }

  #renderReport(report: StatsReport): TemplateResult {
    const { t, language: lang } = this;
    const charts = this.#charts;
    const when = (section: Section, body: () => TemplateResult) =>
      this.#shown(section)
        ? html`<section class="block" aria-labelledby="h-${section}">
            <h3 id="h-${section}">${t(`section.${section}`)}</h3>
            ${body()}
          </section>`
        : nothing;
    const bucket = (key: string) => {
      const [y, part] = key.split('-');
      if (!part) return key;
      return part.startsWith('Q')
        ? t('bucket.quarter', { q: part.slice(1), y })
        : t('bucket.month', { m: part, y });
    };
    const unitCols = (u: StatsUnitRow) => UNIT_KEYS.map((key) => u[key]);
    return html`<p class="range">
        ${t('range', {
          from: formatDate(report.period.from, lang),
          to: formatDate(report.period.to, lang),
          prevFrom: formatDate(report.previous.from, lang),
          prevTo: formatDate(report.previous.to, lang),
        })}
      </p>
      ${when('kpi', () => renderCards(t, lang, report.kpis, COMPUTED_STATS_KEYS))}
      ${when(
        'activities',
        () =>
          html`${renderCards(t, lang, report.kpis, ENTERED_STATS_KEYS)}
          ${renderActivityArticles(t, lang, report.activityArticles, this.#unit, {
            article: this.articleHref || DEFAULT_ARTICLE_HREF,
            news: this.newsHref,
          })}`,
      )}
      ${when(
        'units',
        () =>
          html`${barChart(
            charts,
            'units',
            t('section.units'),
            t(`key.${this.unitMetric}`),
            report.units.map((u) => ({ label: u.name, value: u[this.unitMetric] })),
            {
              head: [t('unit'), ...UNIT_KEYS.map((k) => t(`key.${k}`))],
              rows: report.units.map((u) => [u.name, ...unitCols(u)]),
            },
            this.#metricSelect('units', UNIT_KEYS, this.unitMetric, (v) => (this.unitMetric = v)),
          )}
          ${barChart(
            charts,
            'sites',
            t('section.sites'),
            t('key.bannerImpressions'),
            report.sites.map((s) => ({ label: s.site || t('unknownSite'), value: s.impressions })),
            {
              head: [t('site'), t('key.impressions'), t('key.clicks')],
              rows: report.sites.map((s) => [s.site || t('unknownSite'), s.impressions, s.clicks]),
            },
          )}`,
      )}
      ${when('contests', () => this.#renderContests(report))}
      ${when('trend', () =>
        lineChart(
          charts,
          'trend',
          t('section.trend'),
          t(`key.${this.trendMetric}`),
          report.series.map((b) => ({ label: bucket(b.key), value: b.values[this.trendMetric] ?? 0 })),
          {
            head: [t('period'), ...TREND_KEYS.map((k) => t(`key.${k}`))],
            rows: report.series.map((b) => [bucket(b.key), ...TREND_KEYS.map((k) => b.values[k] ?? 0)]),
          },
          this.#metricSelect('trend', TREND_KEYS, this.trendMetric, (v) => (this.trendMetric = v)),
        ),
      )}
      ${when(
        'fields',
        () =>
          html`${barChart(
            charts,
            'fields',
            t('section.fields'),
            t(`key.${this.fieldMetric}`),
            report.fields.map((f) => ({ label: t(`core:field.${f.field}`), value: f[this.fieldMetric] })),
            {
              head: [t('field'), ...FIELD_KEYS.map((k) => t(`key.${k}`)), t('key.answerDays')],
              rows: report.fields.map((f) => [
                t(`core:field.${f.field}`),
                ...FIELD_KEYS.map((k) => f[k]),
                f.answerDays === null ? null : t('days', { value: formatNumber(f.answerDays, lang) }),
              ]),
            },
            this.#metricSelect('fields', FIELD_KEYS, this.fieldMetric, (v) => (this.fieldMetric = v)),
          )}
          ${barChart(
            charts,
            'types',
            t('section.types'),
            t('key.count'),
            report.documentTypes.map((d) => ({ label: t(`docType.${d.value}`), value: d.count })),
            {
              head: [t('type'), t('key.count')],
              rows: report.documentTypes.map((d) => [t(`docType.${d.value}`), d.count]),
            },
          )}`,
      )}`;
  }

  /** Each contest round of the period: people who took part and attempts, counted by the server. */
  #renderContests(report: StatsReport): TemplateResult {
    const { t } = this;
    // A server older than the contests' figures sends none.
    const rows = report.contests ?? [];
    if (rows.length === 0) return html`<p>${t('contests.none')}</p>`;
    // A narrow phone scrolls the table in its own named region, not the page.
    const label = `${t('table')}: ${t('section.contests')}`;
    return html`<div class="data" role="region" aria-label=${label} tabindex="0">
      ${renderTable(this.#charts, t('section.contests'), {
        head: [
          t('contests.round'),
          t('unit'),
          t('contests.participants'),
          t('contests.attempts'),
          t('contests.submitted'),
        ],
        rows: rows.map((r) => [
          `${r.title} — ${r.roundTitle}`,
          r.unitName,
          r.participants,
          r.attempts,
          r.submitted,
        ]),
      })}
    </div>`;
  }

  #metricSelect<K extends string>(
    id: string,
    keys: readonly K[],
    value: K,
    set: (value: K) => void,
  ): TemplateResult {
    return html`<label class="metric"
      >${this.t('metric')}
      <select
        aria-describedby="${id}-title"
        @change=${(e: Event) => set((e.target as HTMLSelectElement).value as K)}
      >
        ${keys.map((k) => html`<option value=${k} ?selected=${k === value}>${this.t(`key.${k}`)}</option>`)}
      </select>
    </label>`;
  }

  /* eslint-enable lit-a11y/no-invalid-change-handler */

  #renderDirectory(): TemplateResult {
    const ctx: DirectoryContext = {
      t: this.t,
      lang: this.language,
      q: this.q,
      role: this.roleFilter,
      onSearch: (q, role) => {
        this.q = q;
        this.roleFilter = role;
        this.page = 1;
      },
      onPage: (page) => (this.page = page),
    };
    return html`<section class="block directory" aria-labelledby="h-reporters">
      <h3 id="h-reporters">${this.t('section.reporters')}</h3>
      ${renderSearch(ctx)}
      ${this.renderResource(
        this.#reporters,
        (d) => d.items.length,
        (d) => renderPeople(ctx, d),
        this.t('directory.empty'),
      )}
    </section>`;
  }
}

defineElement('pbgdpl-stats-board', PbgdplStatsBoard);

declare global {
  interface HTMLElementTagNameMap {
    'pbgdpl-stats-board': PbgdplStatsBoard;
  }
}
