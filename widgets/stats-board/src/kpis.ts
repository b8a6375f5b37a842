import { html, type TemplateResult } from 'lit';
import type { StatsKey, StatsKpi } from '@pbgdpl/contract';
import { formatNumber, type Lang, type Translate } from '@pbgdpl/core';

/**
 * One card per figure: the value, then the change as an arrow, a signed number and words, so
 * the direction never rests on colour. From zero the change is absolute, otherwise a percentage.
 */
function card(t: Translate, lang: Lang, kpi: StatsKpi, answered: number): TemplateResult {
  const n = (value: number) => formatNumber(value, lang);
  const days = kpi.key === 'answerDays';
  if (days && answered === 0)
    return html`<li class="card" part="card">
      <span class="kpi-label">${t(`key.${kpi.key}`)}</span>
      <span class="kpi-value">—</span>
      <span class="change">${t('noAnswer')}</span>
    </li>`;
  const value = days ? t('days', { value: n(kpi.value) }) : n(kpi.value);
  const previous = days ? t('days', { value: n(kpi.previous) }) : n(kpi.previous);
  const diff = kpi.value - kpi.previous;
  const amount =
    kpi.previous === 0 ? n(Math.abs(diff)) : `${n(Math.round((Math.abs(diff) / kpi.previous) * 1000) / 10)}%`;
  const change =
    diff === 0
      ? html`<span aria-hidden="true">■</span> ${t('change.same', { previous })}`
      : html`<span aria-hidden="true">${diff > 0 ? '▲' : '▼'}</span>
          <span class="visually-hidden">${t(diff > 0 ? 'change.up' : 'change.down')}</span>
          ${diff > 0 ? '+' : '−'}${amount} ${t('change.versus', { previous })}`;
  return html`<li class="card" part="card">
    <span class="kpi-label">${t(`key.${kpi.key}`)}</span>
    <span class="kpi-value">${value}</span>
    <span class="change">${change}</span>
  </li>`;
}

export function renderCards(
  t: Translate,
  lang: Lang,
  kpis: StatsKpi[],
  keys: readonly StatsKey[],
): TemplateResult {
  const answered = kpis.find((k) => k.key === 'questionsAnswered')?.value ?? 0;
  return html`<ul class="cards">
    ${keys
      .map((key) => kpis.find((k) => k.key === key))
      .map((kpi) => (kpi ? card(t, lang, kpi, answered) : ''))}
  </ul>`;
}
