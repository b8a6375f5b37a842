import type { Generated, Kysely } from 'kysely';

/**
 * Row shapes as stored. Dates are ISO-8601 text in UTC (`toISOString()`), so they sort and
 * compare as strings in any dialect; booleans are 0/1 integers (see values.ts).
 */
export interface Tables {
  units: {
    id: string;
    name: string;
    short_name: string | null;
    kind: string;
    parent_id: string | null;
    valid_from: string | null;
    valid_to: string | null;
    successor_id: string | null;
    website: string | null;
  };
  site_links: { id: string; title: string; url: string; kind: string; position: number };
  site_settings: { key: string; value: string };
  banners: {
    id: Generated<number>;
    title: string;
    alt: string;
    href: string;
    image_url: string;
    image_width: number;
    image_height: number;
    placement: string;
    unit_id: string | null;
    starts_at: string | null;
    ends_at: string | null;
    priority: number;
    active: number;
    created_at: string;
    updated_at: string;
  };
  tokens: {
    id: Generated<number>;
    name: string;
    role: string;
    token_hash: string;
    created_at: string;
    last_used_at: string | null;
    revoked_at: string | null;
  };
  events: {
    id: Generated<number>;
    page_view_id: string;
    type: string;
    subject: string;
    subject_id: string;
    unit: string | null;
    site_origin: string | null;
    created_at: string;
  };
  rate_limits: { key: string; window_start: string; count: number };
  documents: {
    id: Generated<number>;
    number: string;
    number_key: string;
    title: string;
    type: string;
    issuer_id: string;
    signer_name: string | null;
    signer_title: string | null;
    issued_on: string;
    issued_year: number;
    effective_from: string | null;
    effective_to: string | null;
    status: string;
    scope: string | null;
    gazette_on: string | null;
    summary: string | null;
    /** Sanitized HTML. */
    body: string;
    body_text: string;
    /** JSON arrays of Attachment and Material. */
    attachments: string;
    materials: string;
    vbpl_item_id: number | null;
    gazette_id: string | null;
    published: number;
    published_at: string | null;
    created_at: string;
    updated_at: string;
  };
  document_fields: { document_id: number; field: string };
  document_relations: {
    id: Generated<number>;
    document_id: number;
    position: number;
    type: string;
    direction: string;
    target_number: string;
    target_key: string;
    target_title: string | null;
    target_url: string | null;
  };
  data_versions: { name: string; version: number };
  /** FTS5 table over folded text; rowid is the document id (see search/sqlite-search.ts). */
  documents_fts: { rowid: number; number: string; title: string; summary: string; body: string };
}

export type Db = Kysely<Tables>;
