// Lint: typescript-eslint's recommended rules plus Kanbao's security bans. The bans are the
// point of this file: page text must never reach an HTML parser, and no code is ever built from strings.
import tseslint from 'typescript-eslint';
import { kanbaoPlugin } from './scripts/lint/front-door.mjs';

const HTML_SINKS = ['innerHTML', 'outerHTML'];

export const securityRules = {
  'no-eval': 'error',
  'no-implied-eval': 'error',
  'no-new-func': 'error',
  'no-restricted-syntax': [
    'error',
    ...HTML_SINKS.map((name) => ({
      selector: `AssignmentExpression > MemberExpression.left[property.name='${name}']`,
      message: `Do not assign ${name}: build DOM with createElement/textContent (page text must never be parsed as HTML).`,
    })),
    {
      selector: "CallExpression[callee.property.name='insertAdjacentHTML']",
      message: 'insertAdjacentHTML parses HTML: build DOM with createElement/textContent.',
    },
    {
      selector: "CallExpression[callee.object.name='document'][callee.property.name=/^write(ln)?$/]",
      message: 'document.write is forbidden.',
    },
    {
      selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
      message: 'dangerouslySetInnerHTML is forbidden.',
    },
  ],
};

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', '.tmp/**', 'coverage/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      ...securityRules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // The folder picture: features are entered through their index.ts, and lib/core stays pure.
    // Tests are exempt from the front door: a unit test may reach the file it tests.
    files: ['**/*.ts', '**/*.tsx', '**/*.mjs'],
    ignores: ['tests/**'],
    plugins: { kanbao: kanbaoPlugin },
    rules: { 'kanbao/front-door': 'error', 'kanbao/pure-core': 'error' },
  },
  {
    // Tests may read innerHTML to compare DOM snapshots; they still may not write it.
    files: ['tests/**'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
);
