import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const FEATURES = ['board', 'technologies', 'capabilities', 'projection', 'data'];

/** Imports flow one way: app -> features -> charts/data/state -> db. */
const layerRule = (patterns) => ({ 'no-restricted-imports': ['error', { patterns }] });

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', '.bench/', 'coverage/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  // Features never import each other: shared needs move down into charts/, data/, db/ or state/.
  ...FEATURES.map((feature) => ({
    files: [`src/features/${feature}/**`],
    rules: layerRule(
      FEATURES.filter((other) => other !== feature).map((other) => ({
        group: [`../${other}/*`, `**/features/${other}/*`],
        message: 'Features do not import each other; move shared code into charts/, data/, db/ or state/.',
      })),
    ),
  })),
  {
    files: ['src/charts/**', 'src/data/**', 'src/state/**'],
    rules: layerRule([
      {
        group: ['**/features/*', '**/app/*'],
        message: 'Lower layers do not depend on features or the app shell.',
      },
    ]),
  },
  {
    files: ['src/db/**'],
    rules: layerRule([
      {
        group: ['**/features/*', '**/app/*', '**/data/*', '**/charts/*', '**/state/*'],
        message: 'db/ is the bottom layer.',
      },
    ]),
  },
);
