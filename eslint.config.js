import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Where a part may import from. Imports run one way: web, gateway and sandbox each → contract. */
const boundaries = [
  {
    files: ['src/contract/**'],
    patterns: [{ group: ['**/web/**', '**/gateway/**', '**/sandbox/**', '**/server/**'], message: 'The contract imports only zod.' }],
  },
  {
    files: ['src/web/**'],
    patterns: [{ group: ['**/gateway/**', '**/sandbox/**', '**/server/**', 'node:*'], message: 'The SPA talks to the gateway over HTTP only.' }],
  },
  {
    files: ['src/gateway/**'],
    patterns: [{ group: ['**/sandbox/**', '**/web/**', '**/server/**'], message: 'The gateway never imports the sandbox; start-up code wires them.' }],
  },
  {
    files: ['src/sandbox/**'],
    patterns: [{ group: ['**/gateway/**', '**/web/**', '**/server/**'], message: 'The sandbox stands in for upstreams and knows nothing of us.' }],
  },
];

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'bench/results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      'no-console': ['error', { allow: ['warn', 'error'] }],
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // No string may reach an HTML sink (DESIGN.md: never render upstream HTML).
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'HTML sinks are forbidden.' },
        { property: 'outerHTML', message: 'HTML sinks are forbidden.' },
        { property: 'insertAdjacentHTML', message: 'HTML sinks are forbidden.' },
      ],
      'no-restricted-syntax': [
        'error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Never render HTML strings.' },
      ],
      'no-eval': 'error',
      'no-new-func': 'error',
    },
  },
  {
    files: ['src/web/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  ...boundaries.map(({ files, patterns }) => ({
    files,
    ignores: ['**/*.test.ts', '**/*.test.tsx'],
    rules: { 'no-restricted-imports': ['error', { patterns }] },
  })),
  {
    // The gateway-with-sandbox test support wires both parts for tests; only tests may use it.
    files: ['src/server/**', 'bench/**'],
    ignores: ['**/*.test.ts', 'src/server/testing/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['**/server/testing/**', './testing/**'], message: 'Test support is for tests only.' }] }],
    },
  },
  {
    // Command-line entry points print for people.
    files: ['src/server/**', 'bench/**', 'e2e/**', 'src/sandbox/**/*.test.ts'],
    rules: { 'no-console': 'off' },
  },
);
