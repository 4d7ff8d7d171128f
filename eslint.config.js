// Lint: typescript-eslint, the Lit and web-component rule sets, and the dependency rules of
// ARCHITECTURE.md as import restrictions (later blocks refine earlier ones for their folders).
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';

const noServer = [
  { group: ['**/server/**', 'pg', '@electric-sql/pglite', 'hono', 'hono/*', 'pino'], message: 'Browser code never imports the server.' },
];
const noScreen = [
  { group: ['lit', 'lit/*', '@lit/reactive-element', '@lit/context', '**/components/**'], message: 'Logic modules know no screen (ARCHITECTURE.md); only @lit/localize msg() is allowed for translatable text.' },
];

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'locales/generated/**', 'test-results/**', 'public/**/*.js', 'coverage/**', '.data/**'] },
  ...tseslint.configs.recommended,
  { files: ['components/**/*.ts', 'src/**/*.ts'], ...lit.configs['flat/recommended'] },
  { files: ['components/**/*.ts'], ...wc.configs['flat/recommended'] },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
    },
  },
  {
    files: ['components/**/*.ts', 'src/**/*.ts', 'forms/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: noServer }] },
  },
  {
    files: ['forms/**/*.ts', 'src/tenant/**/*.ts', 'src/catalogue/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [...noServer, ...noScreen] }] },
  },
  {
    // The benefits check runs in the browser only: nothing here may be able to send a request.
    files: ['src/benefits/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [...noServer, ...noScreen, { group: ['**/api/**', '**/api'], message: 'Answers must never leave the browser.' }] },
      ],
      'no-restricted-globals': ['error', 'fetch', 'XMLHttpRequest', 'WebSocket', 'EventSource'],
      'no-restricted-properties': ['error', { object: 'navigator', property: 'sendBeacon' }],
    },
  },
  {
    // chai assertions are expressions (`expect(x).to.exist`); test fixtures poke at untyped JSON.
    files: ['test/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unused-expressions': 'off',
      '@typescript-eslint/no-explicit-any': 'off',
    },
  },
  {
    // The mocks run the real API app in the page (dev mode, component tests); nothing shipped imports them.
    files: ['src/mocks/**/*.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: ['server/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['**/components/**', 'lit', 'lit/*'], message: 'The server imports no element.' }] }],
    },
  },
);
