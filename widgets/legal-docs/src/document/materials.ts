import { html, nothing, type TemplateResult } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import type { Material, MaterialKind } from '@pbgdpl/contract';
import { sanitizeHtml } from '@pbgdpl/core/sanitize';
import { below, renderFileLink, renderHeading, type RenderContext } from '@pbgdpl/core/reader';

const KIND_ORDER: readonly MaterialKind[] = [
  'press-release',
  'content-introduction',
  'outline',
  'dissemination',
];

export function groupMaterials(materials: readonly Material[]): Array<[MaterialKind, Material[]]> {
  const groups = new Map<MaterialKind, Material[]>();
  for (const material of materials)
    groups.set(material.kind, [...(groups.get(material.kind) ?? []), material]);
  return [...groups.entries()].sort(([a], [b]) => KIND_ORDER.indexOf(a) - KIND_ORDER.indexOf(b));
}

function renderMaterial(context: RenderContext, material: Material): TemplateResult {
  const { t } = context;
  const file = material.file ? renderFileLink(context, material.file, t('materials.file')) : nothing;
  if (material.body === null) {
    return html`<li class="material">
      <span class="material-title">${material.title}</span>
      ${file}
    </li>`;
  }
  return html`<li class="material">
    <details>
      <summary><span class="material-title">${material.title}</span></summary>
      <div class="material-body prose" lang="vi">
        ${unsafeHTML(sanitizeHtml(material.body, { base: context.api }))}
      </div>
    </details>
    ${file}
  </li>`;
}

/** Tài liệu giới thiệu văn bản, grouped by kind; bodies fold away in <details>. */
export function renderMaterials(context: RenderContext, materials: readonly Material[]) {
  if (materials.length === 0) return nothing;
  const { t, level } = context;
  return html`<section class="materials" part="materials" aria-labelledby="materials-heading">
    ${renderHeading(level, 'materials-heading', t('materials.heading'))}
    ${groupMaterials(materials).map(([kind, items]) => {
      const id = `materials-${kind}`;
      return html`<div class="material-group">
        ${renderHeading(below(level), id, t(`legal-docs:material.${kind}`))}
        <ul class="material-list" aria-labelledby=${id}>
          ${items.map((material) => renderMaterial(context, material))}
        </ul>
      </div>`;
    })}
  </section>`;
}
