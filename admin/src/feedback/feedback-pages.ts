/** The feedback queue's pages and messages: one chunk, loaded when the section is first opened. */
import './feedback-i18n.ts';
import './feedback-list.ts';
import './feedback-detail.ts';
