import { html, nothing, svg, type TemplateResult } from 'lit';
import { formatNumber, type Lang, type Translate } from '@pbgdpl/core';

export interface ChartContext {
  t: Translate;
  lang: Lang;
  /** Ids of the charts whose data table is shown. */
  open: Set<string>;
  onToggle: (id: string) => void;
}

export interface Point {
  label: string;
  value: number;
}

export interface Table {
  head: string[];
  rows: Array<Array<string | number | null>>;
}

const LINE_W = 300;
const LINE_H = 100;
const MAX_BARS = 12;

/** A figure with its title, a sentence that says what the chart shows, and its table behind a button. */
function figure(
  ctx: ChartContext,
  id: string,
  title: string,
  summary: string,
  chart: TemplateResult | typeof nothing,
  table: Table,
  controls: TemplateResult | typeof nothing = nothing,
): TemplateResult {
  const open = ctx.open.has(id);
  return html`<figure class="chart" part="chart" aria-labelledby="${id}-title">
    <div class="chart-head">
      <figcaption id="${id}-title" class="chart-title">${title}</figcaption>
      ${controls}
    </div>
    <p class="summary">${summary}</p>
    ${chart}
    <button
      type="button"
      class="toggle"
      aria-expanded=${open}
      aria-controls="${id}-table"
      @click=${() => ctx.onToggle(id)}
    >
      ${ctx.t('table')}
    </button>
    <div
      id="${id}-table"
      class="data"
      role="region"
      aria-label="${ctx.t('table')}: ${title}"
      tabindex="0"
      ?hidden=${!open}
    >
      ${renderTable(ctx, title, table)}
    </div>
  </figure>`;
}

export function renderTable({ lang }: ChartContext, caption: string, { head, rows }: Table): TemplateResult {
  const cell = (value: string | number | null) =>
    typeof value === 'number' ? formatNumber(value, lang) : (value ?? '—');
  return html`<table>
    <caption class="visually-hidden">
      ${caption}
    </caption>
    <thead>
      <tr>
        ${head.map((text) => html`<th scope="col">${text}</th>`)}
      </tr>
    </thead>
    <tbody>
      ${rows.map(
        ([first, ...rest]) =>
          html`<tr>
            <th scope="row">${cell(first ?? null)}</th>
            ${rest.map((value) => html`<td>${cell(value)}</td>`)}
          </tr>`,
      )}
    </tbody>
  </table>`;
}

/** Horizontal bars, largest first: labels and values are text, each bar a one-rectangle SVG. */
export function barChart(
  ctx: ChartContext,
  id: string,
  title: string,
  metric: string,
  points: Point[],
  table: Table,
  controls?: TemplateResult,
): TemplateResult {
  const { t, lang } = ctx;
  const shown = points.filter((p) => p.value > 0).sort((a, b) => b.value - a.value);
  const max = shown[0]?.value ?? 0;
  const total = shown.reduce((sum, p) => sum + p.value, 0);
  const summary = shown[0]
    ? t('bars', {
        metric,
        top: shown[0].label,
        value: formatNumber(max, lang),
        total: formatNumber(total, lang),
        n: formatNumber(shown.length, lang),
      })
    : t('nothing', { metric });
  const bars = shown.length
    ? html`<div class="bars" aria-hidden="true">
        ${shown.slice(0, MAX_BARS).map(
          (p) =>
            html`<span class="bar-label">${p.label}</span>
              <svg class="bar" viewBox="0 0 100 1" preserveAspectRatio="none">
                ${svg`<rect width=${Math.max((p.value / max) * 100, 0.5)} height="1"></rect>`}
              </svg>
              <span class="bar-value">${formatNumber(p.value, lang)}</span>`,
        )}
      </div>`
    : nothing;
  return figure(ctx, id, title, summary, bars, table, controls);
}

/** One series over time: a line with a dot per period, its scale and ends written as text. */
export function lineChart(
  ctx: ChartContext,
  id: string,
  title: string,
  metric: string,
  points: Point[],
  table: Table,
  controls?: TemplateResult,
): TemplateResult {
  const { t, lang } = ctx;
  const first = points[0];
  const last = points[points.length - 1];
  const top = points.reduce<Point | undefined>(
    (best, p) => (!best || p.value > best.value ? p : best),
    undefined,
  );
  const max = top?.value ?? 0;
  if (!first || !last || !top || max === 0)
    return figure(ctx, id, title, t('nothing', { metric }), nothing, table, controls);
  const step = points.length > 1 ? LINE_W / (points.length - 1) : 0;
  const xy = points.map((p, i) => [
    points.length > 1 ? i * step : LINE_W / 2,
    LINE_H - (p.value / max) * (LINE_H - 8) - 4,
  ]);
  const summary = t('line', {
    metric,
    first: first.label,
    firstValue: formatNumber(first.value, lang),
    last: last.label,
    lastValue: formatNumber(last.value, lang),
    max: top.label,
    maxValue: formatNumber(max, lang),
  });
  const chart = html`<div class="line" aria-hidden="true">
    <span class="axis-max">${formatNumber(max, lang)}</span>
    <svg viewBox="-6 0 ${LINE_W + 12} ${LINE_H}">
      ${svg`<line class="base" x1="0" x2=${LINE_W} y1=${LINE_H - 0.5} y2=${LINE_H - 0.5}></line>
        <polyline points=${xy.map((p) => p.join(',')).join(' ')}></polyline>
        ${xy.map(([x, y]) => svg`<circle cx=${x} cy=${y} r="3"></circle>`)}`}
    </svg>
    <span class="axis-ends"><span>${first.label}</span><span>${last.label}</span></span>
  </div>`;
  return figure(ctx, id, title, summary, chart, table, controls);
}
