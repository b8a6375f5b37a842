import { chromium, type Browser, type Page } from 'playwright-core';

/** Flags for Debian's Chromium on this closed network (also used by web-test-runner). */
export const chromiumArgs = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE localhost , EXCLUDE 127.0.0.1',
];

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
}

/**
 * Collects uncaught errors and console errors (and warnings, if asked) of a page. Chromium logs
 * every refused request as an error: `refusals` names the statuses a test expects (the console's
 * check for a session cookie on load answers 401 when there is none).
 */
export function collectProblems(page: Page, { warnings = false, refusals = [] as number[] } = {}): string[] {
  const problems: string[] = [];
  const expected = (text: string) =>
    refusals.some((status) =>
      text.startsWith(`Failed to load resource: the server responded with a status of ${status} `),
    );
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('console', (message) => {
    if (
      (message.type() === 'error' || (warnings && message.type() === 'warning')) &&
      !expected(message.text())
    )
      problems.push(message.text());
  });
  return problems;
}
