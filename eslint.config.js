import js from '@eslint/js';
import playwright from 'eslint-plugin-playwright';
import tseslint from 'typescript-eslint';

const layerPatterns = (dirs) => dirs.map((dir) => `**/${dir}/**`).concat(dirs.map((dir) => `**/${dir}`));

export default tseslint.config(
  {
    ignores: [
      'node_modules',
      'app/dist',
      'mocks/browser/public',
      'playwright-report',
      'allure-report',
      'allure-results',
      'test-results',
      'reports',
      'shards',
      // report:merge's folder for the reports it is making, left behind only if it was killed.
      '.report-merge-*',
      '.gitlab-ci-local',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
    },
  },
  {
    // The sandbox is the product under test: it must not know the harness exists.
    files: ['app/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                '**/mocks/**',
                '**/pages/**',
                '**/flows/**',
                '**/fixtures/**',
                '**/specs/**',
                '**/docs/**',
                '**/checker/**',
                '**/bindings/**',
                '**/harness/**',
                '@playwright/*',
                'msw',
                'msw/*',
              ],
              message: 'The sandbox must not import test code.',
            },
          ],
        },
      ],
    },
  },
  // Layers: sandbox (app + backend) ← pages ← flows ← harness (settings, session, reporters) ← fixtures ← specs;
  // the checker, the page bindings and the scripts sit beside the specs. Each layer imports only the ones below it,
  // so a page object never learns about the documentation and the backend never learns about the browser.
  ...[
    {
      files: ['mocks/**/*.ts'],
      parserOk: false,
      below: ['pages', 'flows', 'harness', 'fixtures', 'specs', 'checker', 'bindings', 'scripts'],
    },
    {
      files: ['pages/**/*.ts'],
      below: ['mocks', 'flows', 'harness', 'fixtures', 'specs', 'checker', 'bindings', 'scripts'],
    },
    // The parser is a library of plain data: flows and fixtures may read a page's steps through it.
    {
      files: ['flows/**/*.ts'],
      below: ['harness', 'fixtures', 'specs', 'checker', 'bindings', 'scripts'],
      parserOk: true,
    },
    { files: ['harness/**/*.ts'], below: ['fixtures', 'specs', 'checker', 'bindings'] },
    { files: ['fixtures/**/*.ts'], below: ['specs', 'checker', 'scripts'], parserOk: true },
    // The engine knows no page: the bindings wire it to the product (scripts/lint-layers.ts checks what it reaches).
    { files: ['checker/**/*.ts'], below: ['fixtures', 'specs', 'bindings', 'mocks', 'app'] },
  ].map(({ files, below, parserOk }) => ({
    files,
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: parserOk
                ? layerPatterns(below.filter((d) => d !== 'checker')).concat(['**/checker/*', '!**/checker/parser'])
                : layerPatterns(below),
              message: `Layers: ${files[0].split('/')[0]} must not import ${below.join(', ')}.`,
            },
          ],
        },
      ],
    },
  })),
  {
    // Unit tests call functions in their worker: a spec that starts a command line or a child Playwright run goes
    // in specs/cli, its own project, so `npm run test:unit` stays a matter of seconds.
    files: ['specs/unit/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/specs/cli/**', '../cli/*', '@playwright/test/cli'],
              message: 'Unit specs start no command line: put the spec in specs/cli.',
            },
          ],
        },
      ],
    },
  },
  {
    // The page parser is a library of its own: plain data out, nothing of the harness in.
    files: ['checker/parser/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['../*', '../**'], message: 'The parser imports nothing outside checker/parser.' }] },
      ],
    },
  },
  {
    // Prettier wraps code at 120 but cannot break a string, template literal, regular expression or comment:
    // this catches those.
    files: ['**/*.{ts,tsx,js,mjs,cjs}'],
    rules: {
      'max-len': [
        'error',
        {
          code: 160,
          ignoreUrls: false,
          ignoreStrings: false,
          ignoreTemplateLiterals: false,
          ignoreRegExpLiterals: false,
          ignoreComments: false,
        },
      ],
    },
  },
  {
    files: ['specs/**/*.ts', 'pages/**/*.ts', 'fixtures/**/*.ts', 'harness/**/*.ts'],
    ...playwright.configs['flat/recommended'],
    rules: {
      ...playwright.configs['flat/recommended'].rules,
      'playwright/no-wait-for-timeout': 'error',
      'playwright/no-networkidle': 'error',
      'playwright/no-skipped-test': 'error',
      'playwright/no-focused-test': 'error',
      'playwright/no-force-option': 'error',
      'playwright/expect-expect': 'error',
      // Locate by role, label or text: a raw CSS or XPath locator is a contract nobody wrote down.
      'playwright/no-raw-locators': 'error',
      'playwright/no-conditional-in-test': 'error',
    },
  },
);
