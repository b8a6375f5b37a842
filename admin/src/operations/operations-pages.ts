/**
 * The administrator's question routing and outbox pages, one chunk loaded when one of them is
 * first opened (`sections/operations.ts`).
 */
import './routing-page.ts';
import './outbox-page.ts';
