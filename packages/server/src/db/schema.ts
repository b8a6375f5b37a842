import type { Generated, Kysely } from 'kysely';
import type { ContestTables } from './contest-schema.ts';
import type { DialogueTables } from './dialogue-schema.ts';

/**
 * Row shapes as stored. Dates are ISO-8601 text in UTC (`toISOString()`), so they sort and
 * compare as strings in any dialect; booleans are 0/1 integers (see values.ts).
 */
export interface Tables extends ContestTables, DialogueTables {
  units: {
    id: string;
    name: string;
    short_name: string | null;
    kind: string;
    parent_id: string | null;
    valid_from: string | null;
    valid_to: string | null;
    website: string | null;
  };
  /** Who took over a unit's work, in the order named (`position`). */
  unit_successors: { unit_id: string; successor_id: string; position: number };
  site_links: { id: string; title: string; url: string; kind: string; position: number };
  site_settings: { key: string; value: string };
  banners: {
    id: Generated<number>;
    /** Counts writes: the item's ETag, checked against If-Match. */
    version: Generated<number>;
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
    /** A ContentState; the public sees `published` (and active, scheduled) banners only. */
    state: Generated<string>;
    created_at: string;
    updated_at: string;
  };
  tokens: {
    id: Generated<number>;
    name: string;
    role: string;
    token_hash: string;
    unit_id: string | null;
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
  rate_limits: { key: string; window_start: string; window_end: string; count: number };
  documents: {
    id: Generated<number>;
    /** Counts writes: the item's ETag, checked against If-Match. */
    version: Generated<number>;
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
    /** The status on the day of the last refresh (documents/status-refresh.ts). */
    status: string;
    /** 1: an editor set the status; the dates do not move it. */
    status_explicit: Generated<number>;
    status_reason: string | null;
    status_since: string | null;
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
    /** 1 exactly when `state` is published: what every public read filters on. */
    published: number;
    published_at: string | null;
    /** A ContentState (migration 0015). */
    state: Generated<string>;
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
  /** One row: moved by triggers on every change to content (migration 0010). */
  content_version: { version: number };
  videos: {
    id: Generated<number>;
    /** Counts writes: the item's ETag, checked against If-Match. */
    version: Generated<number>;
    title: string;
    description: string;
    category: string;
    unit_id: string | null;
    published_at: string;
    duration_seconds: number;
    poster_url: string;
    poster_width: number;
    poster_height: number;
    /** JSON arrays of VideoSource and VideoCaption. */
    sources: string;
    youtube_id: string | null;
    captions: string;
    transcript: string | null;
    /** Folded words (tokenizeVi) of title, description and transcript, between spaces. */
    search_text: string;
    /** 1 exactly when `state` is published: what every public read filters on. */
    published: number;
    /** A ContentState (migration 0015). */
    state: Generated<string>;
    created_at: string;
    updated_at: string;
  };
  video_fields: { video_id: number; field: string };
  articles: {
    id: Generated<number>;
    /** Counts writes: the item's ETag, checked against If-Match. */
    version: Generated<number>;
    slug: string;
    title: string;
    summary: string;
    /** Sanitized HTML. */
    body: string;
    category: string;
    unit_id: string;
    /** JSON arrays of LegalField and Audience values. */
    fields: string;
    audiences: string;
    author_name: string | null;
    /** Null until first published (unless the editor gave a date). */
    published_at: string | null;
    pinned: number;
    featured: number;
    /** JSON of ArticleEvent, for `thong-bao-giay-moi`. */
    event: string | null;
    material_format: string | null;
    cover_url: string | null;
    cover_alt: string | null;
    /** JSON arrays: ArticleAttachmentInput, and the related documents' numbers as entered. */
    attachments: string;
    related_documents: string;
    /** A ContentState; only `published` articles are public. */
    state: Generated<string>;
    /** Folded words (tokenizeVi) between spaces: of the title; of title, summary and body text. */
    search_title: string;
    search_text: string;
    created_at: string;
    updated_at: string;
  };
  activities: {
    id: Generated<number>;
    /** Counts writes: the item's ETag, checked against If-Match. */
    version: Generated<number>;
    unit_id: string;
    /** yyyy-mm */
    month: string;
    conferences: number;
    trainings: number;
    contests: number;
    participants: number;
    copies: number;
    note: string | null;
    /** A ContentState; only `published` reports are counted. */
    state: Generated<string>;
    created_at: string;
    updated_at: string;
  };
  reporters: {
    id: Generated<number>;
    /** Counts writes: the item's ETag, checked against If-Match. */
    version: Generated<number>;
    name: string;
    /** Name and position folded with foldVi. */
    search_text: string;
    position: string | null;
    unit_id: string;
    role: string;
    /** JSON array of LegalField slugs. */
    fields: string;
    term_start: string;
    term_end: string | null;
    decision: string | null;
    created_at: string;
    updated_at: string;
  };
  /** Beacons counted per Vietnam-time day (see stats/stats-events.ts). */
  event_days: {
    day: string;
    subject: string;
    type: string;
    unit: string;
    site_origin: string;
    count: number;
  };
  event_rollup: { name: string; until_day: string };
  /** SQLite only: the FTS5 index of documents' folded text (search/sqlite-search.ts). */
  documents_fts: { rowid: number; number: string; title: string; summary: string; body: string };
  /** PostgreSQL only: the tsvectors the GIN indexes search (search/postgres-search.ts). */
  documents_search: { id: number; words: string; title_words: string; pairs: string };
  /** PostgreSQL only: the folded text, for highlighting. */
  documents_search_text: { id: number; number: string; title: string; summary: string; body: string };
  /** The search index's words and how many documents contain each (search/vocabulary.ts). */
  documents_search_vocabulary: { word: string; documents: number };
  /** Changes to those counts, appended by writes and added up by the next read (search/vocabulary.ts). */
  documents_search_vocabulary_changes: { word: string; change: number };
  questions: {
    id: Generated<number>;
    /** Counts writes: the item's ETag, checked against If-Match. */
    version: Generated<number>;
    tracking_code: string;
    status: string;
    field: string;
    unit_id: string | null;
    title: string;
    body: string;
    sender_name: string;
    sender_email: string | null;
    sender_phone: string | null;
    sender_address: string | null;
    publish_name: number;
    /** Sanitized HTML. */
    answer_html: string | null;
    answer_text: string | null;
    answered_by: string | null;
    answerer_title: string | null;
    answered_at: string | null;
    reject_reason: string | null;
    published: number;
    published_at: string | null;
    featured: number;
    search_text: string;
    received_at: string;
    updated_at: string;
  };
  question_documents: { question_id: number; document_id: number; position: number };
  question_consents: {
    question_id: number;
    purpose: string;
    granted: number;
    text_version: string;
    language: string;
    text: string;
    recorded_at: string;
  };
  question_audit: {
    id: Generated<number>;
    question_id: number;
    at: string;
    actor: string;
    action: string;
    detail: string | null;
  };
  idempotency_keys: {
    key: string;
    request_hash: string;
    status: number;
    response: string;
    created_at: string;
  };
  used_challenges: { signature: string; expires_at: string };
  used_form_tokens: { signature: string; expires_at: string };
  /** The media library: one row per file; `key` names its bytes in storage and its /media/ address. */
  media: {
    id: Generated<number>;
    /** Counts writes: the item's ETag, checked against If-Match. */
    version: Generated<number>;
    key: string;
    name: string;
    title: string;
    alt: string | null;
    caption: string | null;
    kind: string;
    media_type: string;
    size: number;
    width: number | null;
    height: number | null;
    duration_seconds: number | null;
    pages: number | null;
    unit_id: string | null;
    uploaded_by: string;
    /** Folded words of the name and title, between spaces. */
    search_text: string;
    created_at: string;
    updated_at: string;
  };
  /** Smaller WebP copies of a library image, each under its own storage key. */
  media_variants: { media_id: number; width: number; height: number; key: string; size: number };
  /** Stored bytes when media storage is the database: chunks of one key in `position` order. */
  media_chunks: { key: string; position: number; data: Uint8Array };
  users: {
    id: Generated<number>;
    email: string;
    name: string;
    role: string;
    unit_id: string | null;
    active: number;
    password_hash: string | null;
    notify: Generated<number>;
    last_sign_in_at: string | null;
    created_at: string;
    updated_at: string;
    version: Generated<number>;
  };
  sessions: {
    token_hash: string;
    user_id: number;
    created_at: string;
    last_seen_at: string;
    expires_at: string;
    revoked_at: string | null;
  };
  one_time_links: {
    token_hash: string;
    user_id: number;
    purpose: string;
    expires_at: string;
    used_at: string | null;
  };
  content_transitions: {
    id: Generated<number>;
    /** The audit log's name of the kind (`activity`). */
    entity: string;
    item_id: number;
    at: string;
    actor: string;
    /** The account that moved it; null for tokens, the seed and synchronised sources. */
    actor_user_id: number | null;
    from_state: string | null;
    to_state: string;
    comment: string | null;
  };
  outbox: {
    id: Generated<number>;
    /** What the message is for (`question-receipt`); see mail/messages.ts. */
    purpose: string;
    recipient: string;
    subject: string;
    /** Null once sent: the outbox is no archive of people's data or of one-time links. */
    text_body: string | null;
    html_body: string | null;
    created_at: string;
    attempts: Generated<number>;
    next_attempt_at: string;
    /** The node sending it now, and until when others leave it alone. */
    lease_owner: string | null;
    lease_until: string | null;
    last_error: string | null;
    sent_at: string | null;
    /** Given up after the last retry; the console lists these. */
    failed_at: string | null;
  };
  /** Where a question asked on no unit's site goes, by its field (migration 0016). */
  question_routing: { field: string; unit_id: string };
  /** 1: the unit's contributors publish their own answers; no row or 0: an editor approves them. */
  unit_answer_rights: { unit_id: string; publishes_answers: number };
  /** The question's staff were told it is overdue (once: the question is the key). */
  question_overdue_notices: { question_id: number; noticed_at: string };
  /** Periodic jobs one node runs at a time (see repositories/job-leases.ts). */
  job_leases: { name: string; owner: string | null; lease_until: string | null };
  sources: {
    id: Generated<number>;
    version: Generated<number>;
    name: string;
    kind: string;
    url: string;
    feeds: string;
    /** SourceMapping as JSON. */
    mapping: string;
    interval_minutes: number | null;
    enabled: number;
    /** The upstream's validators from the last full answer, sent back as If-None-Match / If-Modified-Since. */
    etag: string | null;
    last_modified: string | null;
    next_run_at: string | null;
    last_run_at: string | null;
    failures: Generated<number>;
    /** The node running it now, and until when others leave it alone. */
    lease_owner: string | null;
    lease_until: string | null;
    created_at: string;
    updated_at: string;
  };
  source_items: {
    source_id: number;
    upstream_id: string;
    document_id: number | null;
    content_hash: string;
    /** The document's version right after the sync wrote it: a higher one means an editor changed it. */
    synced_version: number;
    last_seen_at: string;
    /** An upstream change held back because of a local edit: its hash, and since when. */
    conflict_hash: string | null;
    conflict_since: string | null;
  };
  source_runs: {
    id: Generated<number>;
    source_id: number;
    started_at: string;
    finished_at: string | null;
    dry_run: number;
    trigger: string;
    actor: string | null;
    outcome: string | null;
    error: string | null;
    added: number;
    updated: number;
    unchanged: number;
    rejected: number;
    conflicts: number;
    /** SourceLogLine[] as JSON. */
    log: string;
  };
  audit_log: {
    id: Generated<number>;
    entity: string;
    entity_id: number;
    at: string;
    actor: string;
    action: string;
    detail: string | null;
  };
}

export type Db = Kysely<Tables>;
