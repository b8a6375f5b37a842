/**
 * The review workflow's chunk, loaded when an item's form or "Việc của tôi" is first shown
 * (`workflow-loader.ts`): the bar on the forms and the page.
 */
import './workflow-i18n.ts';
import './workflow-bar.ts';
import './my-work-page.ts';
