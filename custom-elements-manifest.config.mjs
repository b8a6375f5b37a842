/** Generates custom-elements.json from the widgets' JSDoc; Storybook autodocs read it. */
export default {
  globs: ['packages/core/src/base-element.ts', 'packages/core/src/provider.ts', 'widgets/*/src/**/*.ts'],
  exclude: ['**/*.styles.ts', '**/*.test.ts'],
  outdir: '.',
  litelement: true,
};
