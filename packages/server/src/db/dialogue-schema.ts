import type { Generated } from 'kysely';

/** Policy dialogues and feedback on documents (migration 0023), as stored; see `Tables`. */
export interface DialogueTables {
  dialogues: {
    id: Generated<number>;
    version: Generated<number>;
    title: string;
    topic: string;
    unit_id: string;
    /** JSON arrays. */
    fields: string;
    target_groups: string;
    document_ids: string;
    article_ids: string;
    officials: string;
    attachments: string;
    starts_at: string;
    ends_at: string;
    format: string;
    place: string | null;
    online_url: string | null;
    livestream_url: string | null;
    /** Sanitized HTML, shown once the session is concluded. */
    conclusion: string;
    conclusion_file: string | null;
    recording_video_id: number | null;
    /** DIALOGUE_STATES. */
    session_state: Generated<string>;
    /** The review workflow's state (ContentState). */
    review_state: Generated<string>;
    search_text: string;
    created_at: string;
    updated_at: string;
  };
  dialogue_questions: {
    id: Generated<number>;
    version: Generated<number>;
    dialogue_id: number;
    status: string;
    body: string;
    sender_name: string;
    sender_email: string | null;
    sender_phone: string | null;
    sender_organisation: string | null;
    publish_name: number;
    merged_into: number | null;
    reject_reason: string | null;
    supports: Generated<number>;
    answer_html: string | null;
    answered_by: string | null;
    answerer_title: string | null;
    answered_at: string | null;
    answer_published: Generated<number>;
    received_at: string;
    updated_at: string;
  };
  /** Public changes of sessions, for the live streams (migration 0026). */
  dialogue_changes: {
    id: Generated<number>;
    dialogue_id: number;
    /** `question` or `session`. */
    kind: string;
    item_id: number;
    changed_at: string;
  };
  dialogue_supports: { question_id: number; supporter: string; supported_at: string };
  document_feedback: {
    id: Generated<number>;
    version: Generated<number>;
    tracking_code: string;
    document_id: number;
    unit_id: string;
    status: string;
    reason: string;
    provision: string | null;
    body: string;
    sender_name: string;
    sender_email: string | null;
    sender_phone: string | null;
    sender_organisation: string | null;
    publish_name: number;
    reject_reason: string | null;
    response_html: string | null;
    responded_by: string | null;
    responder_title: string | null;
    responded_at: string | null;
    response_published: Generated<number>;
    received_at: string;
    updated_at: string;
  };
  submission_consents: {
    /** `dialogue-question` or `document-feedback`. */
    kind: string;
    item_id: number;
    purpose: string;
    granted: number;
    text_version: string;
    language: string;
    text: string;
    recorded_at: string;
  };
}
