import { html, nothing, type TemplateResult } from 'lit';
import type { Relation, RelationDirection, RelationType } from '@pbgdpl/contract';
import { RELATION_TYPES } from '@pbgdpl/contract/values';
import { formatDate } from '@pbgdpl/core';
import { below, renderHeading, webUrl, type RenderContext } from '@pbgdpl/core/reader';
import { renderStatus } from './metadata.ts';

/** The national database's order of relation types is the contract's. */
const TYPE_ORDER: readonly RelationType[] = RELATION_TYPES;

export interface RelationGroup {
  type: RelationType;
  direction: RelationDirection;
  items: Relation[];
}

/** Groups by type and direction: "Sửa đổi, bổ sung" and "Được sửa đổi, bổ sung" are different lists. */
export function groupRelations(items: readonly Relation[]): RelationGroup[] {
  const groups = new Map<string, RelationGroup>();
  for (const item of items) {
    const key = `${item.direction}:${item.type}`;
    let group = groups.get(key);
    if (!group) {
      group = { type: item.type, direction: item.direction, items: [] };
      groups.set(key, group);
    }
    group.items.push(item);
  }
  const rank = (group: RelationGroup) =>
    TYPE_ORDER.indexOf(group.type) * 2 + (group.direction === 'active' ? 0 : 1);
  return [...groups.values()].sort((a, b) => rank(a) - rank(b));
}

export interface RelationsContext extends RenderContext {
  /** The reader chose one of our documents. */
  onOpen: (id: number) => void;
}

function renderItem(context: RelationsContext, item: Relation): TemplateResult {
  const { t, lang } = context;
  const doc = item.document;
  const title = doc?.title ?? item.title;
  const external = doc ? '' : webUrl(item.url);
  const label = html`<span class="rel-number">${doc?.number ?? item.number}</span>${title
      ? html` <span class="rel-title">${title}</span>`
      : nothing}`;
  let target: TemplateResult;
  if (doc) {
    target = html`<button
      type="button"
      class="rel-open"
      data-doc-id=${doc.id}
      @click=${() => context.onOpen(doc.id)}
    >
      ${label}
    </button>`;
  } else if (external) {
    target = html`<a class="rel-link" href=${external} target="_blank" rel="noopener noreferrer"
      >${label} <span class="visually-hidden">${t('relations.external')}</span></a
    >`;
  } else {
    target = html`<span class="rel-plain">${label}</span>`;
  }
  return html`<li class="rel-item">
    ${target}
    ${doc
      ? html`<span class="rel-meta"
          >${t('relations.issued', { date: formatDate(doc.issuedOn, lang) })} ·
          ${renderStatus(t, doc.status)}</span
        >`
      : nothing}
  </li>`;
}

export function renderRelations(context: RelationsContext, items: readonly Relation[]): TemplateResult {
  const { t, level } = context;
  const groups = groupRelations(items);
  return html`<section class="relations" part="relations" aria-labelledby="relations-heading">
    ${renderHeading(level, 'relations-heading', t('relations.heading'))}
    ${groups.map((group, index) => {
      const id = `relations-${index}`;
      return html`<div class="rel-group" data-relation=${`${group.direction}.${group.type}`}>
        ${renderHeading(below(level), id, t(`legal-docs:relation.${group.direction}.${group.type}`))}
        <ul class="rel-list" aria-labelledby=${id}>
          ${group.items.map((item) => renderItem(context, item))}
        </ul>
      </div>`;
    })}
  </section>`;
}

/** While /related loads or when it failed: a short line, never a full error block. */
export function renderRelationsState(
  context: RenderContext,
  status: 'loading' | 'error',
  onRetry: () => void,
): TemplateResult {
  const { t, level } = context;
  return html`<section class="relations" part="relations" aria-labelledby="relations-heading">
    ${renderHeading(level, 'relations-heading', t('relations.heading'))}
    ${status === 'loading'
      ? html`<p class="rel-state loading" role="status" aria-busy="true">${t('relations.loading')}</p>`
      : html`<p class="rel-state error" role="alert">
          ${t('relations.error')}
          <button type="button" class="retry" part="retry" @click=${onRetry}>${t('core:retry')}</button>
        </p>`}
  </section>`;
}
