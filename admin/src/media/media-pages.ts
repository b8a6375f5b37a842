/** The media library's pages and messages: one chunk, loaded when the section is first opened. */
import './media-i18n.ts';
import './media-library.ts';
import './media-edit.ts';
