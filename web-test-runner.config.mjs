import { esbuildPlugin } from '@web/dev-server-esbuild';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { startTestApi } from './test/support/test-api.ts';
import { chromiumArgs, chromiumPath } from './test/support/browser.ts';
import { browserInputPlugin } from './test/support/browser-input.ts';

// Component tests run in Debian's Chromium against the real API on a fresh SQLite file.
const api = await startTestApi();

export default {
  files: ['packages/core/test/**/*.test.ts', 'widgets/*/test/**/*.test.ts', 'admin/test/**/*.test.ts'],
  nodeResolve: { exportConditions: ['browser'] },
  concurrency: 1,
  // A file's tests on a machine busy with other work can pass the 2-minute default while still
  // progressing: the per-test timeout below is what catches a test that hangs.
  testsFinishTimeout: 300_000,
  testFramework: { config: { timeout: 10000 } },
  // The esbuild plugin reads tsconfig raw: point it at the file with the decorator settings.
  plugins: [
    esbuildPlugin({ ts: true, json: true, tsconfig: 'tsconfig.base.json', target: 'es2022' }),
    browserInputPlugin(),
  ],
  middleware: [
    async (ctx, next) => {
      if (await api.handle(ctx.req, ctx.res)) ctx.respond = false;
      else await next();
    },
  ],
  browsers: [
    playwrightLauncher({
      product: 'chromium',
      launchOptions: { executablePath: chromiumPath, args: chromiumArgs },
    }),
  ],
  coverageConfig: { include: ['packages/core/src/**', 'widgets/*/src/**', 'admin/src/**'] },
  testRunnerHtml: (testFramework) =>
    `<!doctype html><html lang="vi"><body><script type="module" src="${testFramework}"></script></body></html>`,
};
