import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import importX, { createNodeResolver } from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const FEATURES = ['board', 'technologies', 'capabilities', 'projection', 'data'];

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', '.bench/', 'coverage/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'import-x': importX, 'react-hooks': reactHooks },
    settings: {
      'import-x/resolver-next': [
        createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.mjs', '.cjs', '.json'] }),
      ],
    },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'import-x/no-cycle': 'error',
      // Imports flow one way: app -> features -> charts/data/state -> db. Features never import each other,
      // and the lower layers never import a feature or the shell.
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            ...FEATURES.map((feature) => ({
              target: `./src/features/${feature}`,
              from: './src/features',
              except: [`./${feature}`],
              message:
                'Features do not import each other; move shared code into charts/, data/, db/ or state/.',
            })),
            {
              target: ['./src/db', './src/data', './src/charts', './src/state'],
              from: ['./src/features', './src/app'],
              message: 'Lower layers do not depend on features or the app shell.',
            },
            {
              target: './src/db',
              from: ['./src/data', './src/charts', './src/state'],
              message: 'db/ is the bottom layer.',
            },
          ],
        },
      ],
    },
  },
);
