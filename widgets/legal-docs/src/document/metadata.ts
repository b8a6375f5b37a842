import { html, nothing, type TemplateResult } from 'lit';
import type { LegalDocument } from '@pbgdpl/contract';
import { formatDate, formerUnitNote, type Lang, type Translate } from '@pbgdpl/core';
import { renderHeading, type RenderContext } from '@pbgdpl/core/reader';

export interface MetaRow {
  label: string;
  value: string;
  /** A note shown after the value (e.g. a former issuer). */
  note?: string;
}

/** The status badge: words first, colour only as a second cue. */
export function renderStatus(t: Translate, status: LegalDocument['status']): TemplateResult {
  return html`<span class="status status-${status}" part="status">${t(`legal-docs:status.${status}`)}</span>`;
}

/** The rows of "Thuộc tính văn bản", in the national database's order; shared with the saved file. */
export function metadataRows(t: Translate, lang: Lang, doc: LegalDocument): MetaRow[] {
  const none = t('meta.none');
  const date = (value: string | null) => formatDate(value, lang) || none;
  const signer = [doc.signerTitle, doc.signerName].filter(Boolean).join(' ');
  const rows: Array<MetaRow | undefined> = [
    { label: t('meta.number'), value: doc.number },
    { label: t('meta.type'), value: t(`legal-docs:type.${doc.type}`) },
    {
      label: t('meta.issuer'),
      value: doc.issuer.name,
      note: formerUnitNote(doc.issuer, t, lang, 'until') || undefined,
    },
    signer ? { label: t('meta.signer'), value: signer } : undefined,
    { label: t('meta.issued'), value: date(doc.issuedOn) },
    { label: t('meta.effectiveFrom'), value: date(doc.effectiveFrom) },
    doc.effectiveTo ? { label: t('meta.effectiveTo'), value: date(doc.effectiveTo) } : undefined,
    {
      label: t('meta.status'),
      value: t(`legal-docs:status.${doc.status}`),
      note: doc.statusSince ? t('meta.since', { date: formatDate(doc.statusSince, lang) }) : undefined,
    },
    doc.statusReason ? { label: t('meta.statusReason'), value: doc.statusReason } : undefined,
    doc.fields.length
      ? { label: t('meta.fields'), value: doc.fields.map((field) => t(`core:field.${field}`)).join(', ') }
      : undefined,
    doc.scope ? { label: t('meta.scope'), value: doc.scope } : undefined,
    doc.gazetteOn ? { label: t('meta.gazette'), value: date(doc.gazetteOn) } : undefined,
  ];
  return rows.filter((row): row is MetaRow => row !== undefined);
}

export function renderMetadata({ t, lang, level }: RenderContext, doc: LegalDocument): TemplateResult {
  return html`<section class="meta" part="metadata" aria-labelledby="meta-heading">
    ${renderHeading(level, 'meta-heading', t('meta.heading'))}
    <table class="meta-table">
      <tbody>
        ${metadataRows(t, lang, doc).map(
          (row) =>
            html`<tr>
              <th scope="row">${row.label}</th>
              <td>${row.value}${row.note ? html` <span class="note">(${row.note})</span>` : nothing}</td>
            </tr>`,
        )}
      </tbody>
    </table>
  </section>`;
}
