import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** Generates custom-elements.json from the widgets' JSDoc; Storybook autodocs read it. */
export default {
  globs: ['packages/core/src/base-element.ts', 'packages/core/src/provider.ts', 'widgets/*/src/**/*.ts'],
  exclude: ['**/*.styles.ts', '**/*.test.ts'],
  outdir: '.',
  litelement: true,
  /**
   * The analyzer lists modules in the order its globs walk the file system, which differs
   * between machines; sorted paths (code-unit order, no locale) give the same bytes everywhere.
   */
  overrideModuleCreation({ ts, globs }) {
    return [...globs]
      .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
      .map((path) =>
        ts.createSourceFile(path, readFileSync(resolve(path), 'utf8'), ts.ScriptTarget.ES2015, true),
      );
  },
};
