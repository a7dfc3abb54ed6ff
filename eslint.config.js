import js from '@eslint/js';
import playwright from 'eslint-plugin-playwright';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules', 'app/dist', 'mocks/browser/public', 'playwright-report', 'allure-report', 'allure-results', 'test-results', 'reports'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
    },
  },
  {
    files: ['specs/**/*.ts', 'pages/**/*.ts', 'fixtures/**/*.ts'],
    ...playwright.configs['flat/recommended'],
    rules: {
      ...playwright.configs['flat/recommended'].rules,
      'playwright/no-wait-for-timeout': 'error',
      'playwright/no-networkidle': 'error',
      'playwright/no-skipped-test': 'error',
      'playwright/no-focused-test': 'error',
      'playwright/no-force-option': 'error',
      // Specs assert on the backend store as well as the screen; expectations live in helpers too.
      'playwright/expect-expect': ['error', { assertFunctionNames: ['expect'] }],
      'playwright/no-conditional-in-test': 'error',
    },
  },
);
