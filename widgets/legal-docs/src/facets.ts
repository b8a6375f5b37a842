import { html, nothing } from 'lit';
import type { DocumentFacets, FacetCount } from '@pbgdpl/contract';
import { formatNumber, type Lang, type Translate } from '@pbgdpl/core';
import { FACETS, type FacetName, type Filters } from './search-state.ts';

/** How many values a facet shows before "Xem thêm". */
export const FACET_TOP = 5;

export interface FacetsContext {
  t: Translate;
  lang: Lang;
  /** Values chosen by the reader. */
  filters: Filters;
  /** Facets fixed by attributes: hidden, always applied. */
  presets: Filters;
  /** Facets whose full list of values is shown. */
  expanded: ReadonlySet<FacetName>;
  onToggle: (name: FacetName, value: string) => void;
  onExpand: (name: FacetName) => void;
}

/** A facet value's label in the reader's language; issuers come labelled by the API. */
export function facetLabel(t: Translate, name: FacetName, value: string, label?: string): string {
  switch (name) {
    case 'type':
      return t(`type.${value}`);
    case 'status':
      return t(`status.${value}`);
    case 'field':
      return t(`core:field.${value}`);
    default:
      return label ?? value;
  }
}

function renderFacet(name: FacetName, counts: FacetCount[], context: FacetsContext) {
  const { t, lang, filters, expanded } = context;
  const selected = filters[name];
  if (counts.length === 0 && !selected) return nothing;
  const open = expanded.has(name);
  // The chosen value stays visible even when it is not among the top ones.
  const shown = open
    ? counts
    : counts.filter((count, index) => index < FACET_TOP || count.value === selected);
  const headingId = `facet-${name}`;
  const listId = `facet-${name}-values`;
  return html`<div class="facet" part="facet" role="group" aria-labelledby=${headingId}>
    <h3 id=${headingId} class="facet-heading">${t(`facet.${name}`)}</h3>
    <ul id=${listId} class="facet-values">
      ${shown.map(
        (count) =>
          html`<li>
            <button
              type="button"
              class="facet-value"
              aria-pressed=${count.value === selected ? 'true' : 'false'}
              @click=${() => context.onToggle(name, count.value)}
            >
              <span class="facet-label">${facetLabel(t, name, count.value, count.label)}</span>
              <span class="facet-count">${formatNumber(count.count, lang)}</span>
            </button>
          </li>`,
      )}
    </ul>
    ${counts.length > FACET_TOP
      ? html`<button
          type="button"
          class="facet-more"
          aria-expanded=${open ? 'true' : 'false'}
          aria-controls=${listId}
          @click=${() => context.onExpand(name)}
        >
          ${open ? t('filters.less') : t('filters.more')}
        </button>`
      : nothing}
  </div>`;
}

/** Counts per value for each facet the attributes leave open, as toggle buttons (`aria-pressed`). */
export function renderFacets(facets: DocumentFacets | undefined, context: FacetsContext) {
  const open = FACETS.filter((name) => !context.presets[name]);
  if (!facets) return open.map(renderFacetPlaceholder);
  return open.map((name) => renderFacet(name, facets[name], context));
}

/** Before the first counts: a facet's shape (heading, its top values, "Xem thêm"), so the sidebar keeps its height. */
function renderFacetPlaceholder() {
  return html`<div class="facet placeholder" aria-hidden="true">
    <span class="facet-heading shimmer"></span>
    <ul class="facet-values">
      ${Array.from({ length: FACET_TOP }, () => html`<li class="shimmer"></li>`)}
    </ul>
  </div>`;
}

export interface ChipsContext {
  t: Translate;
  q: string;
  filters: Filters;
  /** Issuer names from the last facet counts. */
  facets: DocumentFacets | undefined;
  onRemove: (name: FacetName | 'q') => void;
  onClear: () => void;
}

/** The reader's active filters, each a button that removes it, and "Xóa bộ lọc". */
export function renderChips({ t, q, filters, facets, onRemove, onClear }: ChipsContext) {
  const chips: Array<{ name: FacetName | 'q'; label: string; value: string }> = [];
  if (q) chips.push({ name: 'q', label: t('filters.query'), value: q });
  for (const name of FACETS) {
    const value = filters[name];
    if (!value) continue;
    const label = facets?.[name].find((count) => count.value === value)?.label;
    chips.push({ name, label: t(`facet.${name}`), value: facetLabel(t, name, value, label) });
  }
  if (chips.length === 0) return nothing;
  return html`<div class="chips" part="chips">
    <span class="chips-label" id="chips-label">${t('filters.active')}</span>
    <ul aria-labelledby="chips-label">
      ${chips.map(
        (chip) =>
          html`<li>
            <button
              type="button"
              class="chip"
              data-chip=${chip.name}
              aria-label=${t('filters.remove', { name: chip.label, value: chip.value })}
              @click=${() => onRemove(chip.name)}
            >
              <span>${chip.label}: ${chip.value}</span><span class="chip-x" aria-hidden="true">×</span>
            </button>
          </li>`,
      )}
    </ul>
    <button type="button" class="clear" @click=${onClear}>${t('filters.clear')}</button>
  </div>`;
}
