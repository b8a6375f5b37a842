import { ApiClient, type ApiError } from '@pbgdpl/core';

/**
 * The console's API client: the shared, contract-typed client with the editor's sign-in on every
 * request, problem messages in the console's language, and no cached or saved copies (editors
 * must see what is stored now). A 401 anywhere signs the editor out.
 *
 * A person signed in with e-mail and password is known by the session cookie, which the browser
 * sends itself: the console is served by the API, so requests are same-origin and need no
 * `credentials: 'include'` (the cookie is `SameSite=Strict` and never leaves for another site).
 * An access token, for operators and scripts, goes as a bearer header instead.
 */
export function consoleClient(options: {
  api: string;
  token?: string | undefined;
  lang: () => string;
  onUnauthorized: (error: ApiError) => void;
}): ApiClient {
  const { token } = options;
  return new ApiClient(options.api, {
    timeout: 15_000,
    // Reads are tried once more on a passing outage; writes never behind the editor's back.
    retries: 1,
    keepLastGood: false,
    headers: () => ({
      ...(token ? { Authorization: `Bearer ${token}` } : {}),
      'Accept-Language': options.lang(),
    }),
    onUnauthorized: options.onUnauthorized,
  });
}
