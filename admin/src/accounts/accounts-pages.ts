/**
 * The accounts pages, one chunk loaded when one of them is first opened (`sections/accounts.ts`):
 * my account, users and tokens (admin), and the page a one-time password link opens.
 */
import './accounts-i18n.ts';
import './account-page.ts';
import './password-set.ts';
import './tokens-page.ts';
import './user-form.ts';
import './users-list.ts';
