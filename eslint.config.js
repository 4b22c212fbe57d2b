import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** The main thread may import worker TYPES, the protocol and the declarations (workers/model), no engine runtime code. */
const ENGINE_RUNTIME = {
  group: ['**/workers/engine/*', '**/workers/engine/**'],
  message:
    'Import declarations from workers/model and the API from workers/protocol (engine types only as `import type`).',
  allowTypeImports: true,
};

/**
 * Layers of src/, lowest first: a module may import its own layer and the layers below it, never one above
 * (docs/architecture.md). Words and looks; stores, the model client and the scenario codec; accessibility helpers;
 * panels; the 3D scene (panels never import it: what both need is a look or a store); the shell and its
 * embeddings; the root (App.tsx, main.tsx).
 */
const LAYERS = [
  ['i18n', 'look'],
  ['state', 'sim', 'scenario'],
  ['a11y'],
  ['ui'],
  ['scene'],
  ['app', 'embed', 'kiosk', 'pwa'],
];

function layerRules() {
  return LAYERS.map((folders, k) => {
    const above = LAYERS.slice(k + 1).flat();
    return {
      files: folders.map((f) => `src/${f}/**/*.{ts,tsx}`),
      rules: {
        '@typescript-eslint/no-restricted-imports': /** @type {import('eslint').Linter.RuleEntry} */ ([
          'error',
          {
            patterns: [
              ENGINE_RUNTIME,
              {
                regex: `^(\\.\\./)+(${above.join('|')})(/|$)|^(\\.\\./)+(App|main)$`,
                message: `src/${folders.join(', src/')} may not import a higher layer (${above.join(', ') || 'none'}, the root): see LAYERS in eslint.config.js.`,
              },
            ],
          },
        ]),
      },
    };
  });
}

export default tseslint.config(
  { ignores: ['dist', 'artifacts', 'node_modules', 'coverage'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node, ...globals.worker } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules },
  },
  {
    // The engine runs in the worker, Node and benchmarks: no DOM, React, three or comlink.
    files: ['workers/engine/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: ['react', 'react-*', 'three', 'three/*', '@react-three/*', 'comlink', '**/src/**', '**/protocol'] },
      ],
    },
  },
  {
    // The declarations both threads import at run time: pure data and validation, nothing else of the engine.
    files: ['workers/model/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            'react',
            'react-*',
            'three',
            'three/*',
            '@react-three/*',
            'comlink',
            '**/src/**',
            '**/engine/**',
            '**/protocol',
          ],
        },
      ],
    },
  },
  ...layerRules(),
  {
    files: ['src/*.{ts,tsx}'],
    rules: { '@typescript-eslint/no-restricted-imports': ['error', { patterns: [ENGINE_RUNTIME] }] },
  },
  {
    files: ['scripts/**', 'test/**', '*.config.{ts,js}'],
    rules: { 'no-console': 'off' },
  },
);
