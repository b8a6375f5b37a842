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
}

export type Db = Kysely<Tables>;
