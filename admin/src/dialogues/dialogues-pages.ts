/** The Dialogues section's pages and messages: one chunk, loaded when the section is first opened. */
import './dialogues-i18n.ts';
import './dialogues-list.ts';
import './dialogue-form.ts';
import './dialogue-queue.ts';
