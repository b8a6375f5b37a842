import { ApiClient, type ApiError } from '@pbgdpl/core';

/**
 * The console's API client: the shared, contract-typed client with the editor's sign-in on every
 * request, problem messages in the console's language, and no cached or saved copies (editors
 * must see what is stored now). A 401 anywhere signs the editor out.
 */
export function consoleClient(options: {
  api: string;
  token: string;
  lang: () => string;
  onUnauthorized: (error: ApiError) => void;
}): ApiClient {
  return new ApiClient(options.api, {
    timeout: 15_000,
    // Reads are tried once more on a passing outage; writes never behind the editor's back.
    retries: 1,
    keepLastGood: false,
    headers: () => ({ Authorization: `Bearer ${options.token}`, 'Accept-Language': options.lang() }),
    onUnauthorized: options.onUnauthorized,
  });
}
