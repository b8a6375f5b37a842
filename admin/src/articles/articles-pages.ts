/** The Articles section's pages and messages: one chunk, loaded when the section is first opened. */
import './articles-i18n.ts';
import './articles-list.ts';
import './article-form.ts';
