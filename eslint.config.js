import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import litA11y from 'eslint-plugin-lit-a11y';
import globals from 'globals';

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/',
      'dist/',
      'storybook-static/',
      'coverage/',
      'data/',
      'stories/public/',
      '**/*.d.ts',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['packages/core/**/*.ts', 'widgets/**/*.ts', 'stories/**/*.ts', 'embed/**/*.ts', 'admin/**/*.ts'],
    ...lit.configs['flat/recommended'],
  },
  {
    files: ['packages/core/**/*.ts', 'widgets/**/*.ts', 'stories/**/*.ts', 'admin/**/*.ts'],
    plugins: { 'lit-a11y': litA11y },
    rules: Object.fromEntries(Object.keys(litA11y.rules).map((rule) => [`lit-a11y/${rule}`, 'error'])),
  },
  {
    // Browser code must not pull schema code into bundles: contract is for types only there.
    files: ['packages/core/**/*.ts', 'widgets/**/*.ts', 'embed/**/*.ts', 'admin/src/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: '@pbgdpl/contract',
              message: 'Import contract types with `import type`.',
              allowTypeImports: true,
            },
          ],
          patterns: [
            { group: ['@pbgdpl/server', '@pbgdpl/server/*'], message: 'Widgets never import the server.' },
          ],
        },
      ],
    },
  },
  {
    files: ['widgets/*/src/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                '@pbgdpl/*',
                '!@pbgdpl/core',
                '!@pbgdpl/core/*',
                '!@pbgdpl/contract',
                '!@pbgdpl/contract/*',
                '!@pbgdpl/vi-text',
              ],
              message:
                'A widget imports core, the contract and Vietnamese text only: never another widget, the server or the console.',
            },
            {
              group: ['**/packages/**', '**/widgets/**'],
              message: 'Import other packages by name, through core.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['packages/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@pbgdpl/*', '!@pbgdpl/contract', '!@pbgdpl/contract/*', '!@pbgdpl/vi-text'],
              message: 'Core imports the contract and Vietnamese text only: no widget, server or console.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['packages/contract/**/*.ts', 'packages/vi-text/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@pbgdpl/*', '!@pbgdpl/contract', '!@pbgdpl/contract/*'],
              message: 'The contract and Vietnamese text are leaves: they import no other package of ours.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['packages/server/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                '@pbgdpl/*',
                '!@pbgdpl/contract',
                '!@pbgdpl/contract/*',
                '!@pbgdpl/vi-text',
                '!@pbgdpl/server/*',
              ],
              message: 'The server imports the contract and Vietnamese text only: never browser code.',
            },
            {
              group: ['**/widgets/**', '**/core/**', '**/admin/**'],
              message: 'The server never imports browser code.',
            },
          ],
        },
      ],
    },
  },
  {
    // Chai assertions are expressions, and tests may assert what they just rendered exists.
    files: ['**/test/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unused-expressions': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
);
