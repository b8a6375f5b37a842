import type {
  AdminDocument,
  Attachment,
  DocumentInput,
  DocumentStatus,
  DocumentType,
  IssuerRef,
  LegalDocument,
  LegalField,
  Material,
  RelationDirection,
  RelationType,
  UnitKind,
} from '@pbgdpl/contract';
import { normalizeVi } from '@pbgdpl/vi-text';
import type { Selectable } from 'kysely';
import type { z } from 'zod';
import type { Tables } from '../db/schema.ts';
import { fromDbBool, toDbBool } from '../db/values.ts';
import { documentLinks } from '../documents/links.ts';
import { numberKey } from '../documents/number-key.ts';
import { statusOn, statusSince, vietnamDay } from '../documents/status.ts';
import { htmlToText, sanitizeHtml } from '../text/html.ts';
import type { UnitName } from './units.ts';

/** A document as validated by the contract (defaults applied). */
export type DocumentData = z.output<typeof DocumentInput>;
export type DocumentRow = Selectable<Tables['documents']>;
export type RelationRow = Selectable<Tables['document_relations']>;
/** The issuer's columns, selected beside a document. */
export interface IssuerColumns {
  issuer_name: string;
  issuer_kind: string;
  issuer_valid_to: string | null;
}

const nfcOrNull = (text: string | null) => (text === null ? null : normalizeVi(text));
/** Stored HTML: canonical text, then only the allowlist. */
const safeHtml = (html: string) => sanitizeHtml(normalizeVi(html));

const attachmentRow = (a: Attachment): Attachment => ({ ...a, name: normalizeVi(a.name) });
const materialRow = (m: Material): Material => ({
  kind: m.kind,
  title: normalizeVi(m.title),
  body: m.body === null ? null : safeHtml(m.body),
  file: m.file && attachmentRow(m.file),
});

/**
 * The columns of `documents` for a document: NFC text, sanitized HTML, derived keys, and the
 * status its dates give on `now`'s day unless the editor set it.
 */
export function documentColumns(data: DocumentData, now: Date) {
  const body = safeHtml(data.body);
  const reason = data.statusExplicit ? nfcOrNull(data.statusReason) : null;
  return {
    number: normalizeVi(data.number),
    number_key: numberKey(data.number),
    title: normalizeVi(data.title),
    type: data.type,
    issuer_id: data.issuerId,
    signer_name: nfcOrNull(data.signerName),
    signer_title: nfcOrNull(data.signerTitle),
    issued_on: data.issuedOn,
    issued_year: Number(data.issuedOn.slice(0, 4)),
    effective_from: data.effectiveFrom,
    effective_to: data.effectiveTo,
    status: statusOn(data, vietnamDay(now)),
    status_explicit: toDbBool(data.statusExplicit),
    status_reason: reason,
    status_since: data.statusExplicit ? data.statusSince : null,
    scope: nfcOrNull(data.scope),
    gazette_on: data.gazetteOn,
    summary: nfcOrNull(data.summary),
    body,
    body_text: htmlToText(body),
    attachments: JSON.stringify(data.attachments.map(attachmentRow)),
    materials: JSON.stringify(data.materials.map(materialRow)),
    vbpl_item_id: data.vbplItemId,
    gazette_id: data.gazetteId,
  };
}

export function relationColumns(documentId: number, relations: DocumentData['relations']) {
  return relations.map((r, position) => ({
    document_id: documentId,
    position,
    type: r.type,
    direction: r.direction,
    target_number: normalizeVi(r.targetNumber),
    target_key: numberKey(r.targetNumber),
    target_title: nfcOrNull(r.targetTitle),
    target_url: r.targetUrl,
  }));
}

/** The issuer of a row; `successors` from `unitsRepository.successorsOf`. */
export const toIssuer = (
  row: { issuer_id: string } & IssuerColumns,
  successors: Map<string, UnitName[]>,
): IssuerRef => ({
  id: row.issuer_id,
  name: row.issuer_name,
  kind: row.issuer_kind as UnitKind,
  validTo: row.issuer_valid_to,
  successors: successors.get(row.issuer_id) ?? [],
});

export function toLegalDocument(
  row: DocumentRow & IssuerColumns,
  fields: string[],
  successors: Map<string, UnitName[]>,
): LegalDocument {
  return {
    id: row.id,
    number: row.number,
    title: row.title,
    type: row.type as DocumentType,
    issuer: toIssuer(row, successors),
    signerName: row.signer_name,
    signerTitle: row.signer_title,
    issuedOn: row.issued_on,
    effectiveFrom: row.effective_from,
    effectiveTo: row.effective_to,
    status: row.status as DocumentStatus,
    statusExplicit: fromDbBool(row.status_explicit),
    statusReason: row.status_reason,
    statusSince: statusSince({
      status: row.status as DocumentStatus,
      statusExplicit: fromDbBool(row.status_explicit),
      effectiveFrom: row.effective_from,
      effectiveTo: row.effective_to,
      explicitSince: row.status_since,
    }),
    fields: fields as LegalField[],
    scope: row.scope,
    gazetteOn: row.gazette_on,
    summary: row.summary,
    body: row.body,
    attachments: JSON.parse(row.attachments) as Attachment[],
    materials: JSON.parse(row.materials) as Material[],
    vbplItemId: row.vbpl_item_id,
    gazetteId: row.gazette_id,
    links: documentLinks({ title: row.title, vbplItemId: row.vbpl_item_id, gazetteId: row.gazette_id }),
    published: fromDbBool(row.published),
    publishedAt: row.published_at,
    updatedAt: row.updated_at,
  };
}

export const toRelationInput = (row: RelationRow): AdminDocument['relations'][number] => ({
  type: row.type as RelationType,
  direction: row.direction as RelationDirection,
  targetNumber: row.target_number,
  targetTitle: row.target_title,
  targetUrl: row.target_url,
});
