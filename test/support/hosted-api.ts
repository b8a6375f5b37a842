import { after, before } from 'node:test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { loadConfig } from '@pbgdpl/server/config';
import { startServer, type RunningServer } from '@pbgdpl/server/server';
import { startHostServer, type HostServer } from '../hosts/host-server.ts';
import { launchChromium } from './browser.ts';

export interface Hosted {
  readonly api: RunningServer;
  readonly host: HostServer;
  readonly browser: Browser;
}

/**
 * For an end-to-end test file: the real API on a fresh SQLite file with the demo content (`env` on top), a
 * host site on another origin in front of it (test/hosts/) and Chromium, started before the
 * file's tests and stopped after them; `setup` then adds the file's data. (One hook: root
 * `before` hooks of a file do not wait for each other.) Needs the built bundle.
 */
export function useHostedApi(
  env: Record<string, string> = {},
  setup?: (hosted: Hosted) => Promise<void>,
): Hosted {
  const dir = mkdtempSync(join(tmpdir(), 'pbgdpl-e2e-'));
  let running: { api: RunningServer; host: HostServer; browser: Browser } | undefined;
  before(async () => {
    const api = await startServer(
      loadConfig({ PORT: '0', DATABASE_URL: join(dir, 'api.sqlite'), PBGDPL_DEMO_CONTENT: 'on', ...env }),
    );
    running = { api, host: await startHostServer(api.url), browser: await launchChromium() };
    await setup?.(hosted);
  });
  after(async () => {
    await running?.browser.close();
    await running?.host.close();
    await running?.api.close();
    rmSync(dir, { recursive: true, force: true });
  });
  const started = () => {
    if (!running) throw new Error('useHostedApi: used before its before() hook ran');
    return running;
  };
  const hosted: Hosted = {
    get api() {
      return started().api;
    },
    get host() {
      return started().host;
    },
    get browser() {
      return started().browser;
    },
  };
  return hosted;
}
