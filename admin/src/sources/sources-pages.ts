/**
 * The administrator's synchronised sources: the list, one source's form with its runs and
 * conflicts; one chunk loaded when one of them is first opened (`sections/sources.ts`).
 */
import './sources-list.ts';
import './source-form.ts';
