/** The Contests section's pages and messages: one chunk, loaded when the section is first opened. */
import './contests-i18n.ts';
import './contests-list.ts';
import './contest-form.ts';
import './contest-bank.ts';
import './contest-question-form.ts';
import './contest-results.ts';
