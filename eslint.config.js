import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

// Only these files may import 'electron'; everything else must run in plain Node or the browser.
const ELECTRON_ALLOWED = [
  'src/main/index.ts',
  'src/main/electron/**',
  'src/preload/**',
  'test/e2e/electron.spec.ts',
];

export default tseslint.config(
  {
    ignores: [
      'out/**',
      'dist/**',
      'node_modules/**',
      'test-results/**',
      'playwright-report/**',
      'bench/.corpus/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': 'off',
    },
  },
  {
    files: ['**/*.ts', '**/*.tsx'],
    ignores: ELECTRON_ALLOWED,
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'electron',
              message:
                "Only src/main/index.ts, src/main/electron/ and src/preload/ may import 'electron'.",
            },
          ],
          patterns: [
            {
              group: ['electron/*'],
              message:
                "Only src/main/index.ts, src/main/electron/ and src/preload/ may import 'electron'.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['electron', 'electron/*', 'node:*', 'fs', 'path', 'child_process'],
              message: 'The renderer never touches Node or Electron; call a store action.',
            },
            {
              group: ['**/main/**', '**/preload/**'],
              message: 'The renderer only knows src/shared.',
            },
          ],
        },
      ],
    },
  },
  {
    // Typed IPC wrappers are the only code that touches ipcMain / ipcRenderer.
    files: ['src/main/**/*.ts', 'src/preload/**/*.ts'],
    ignores: ['src/main/electron/ipc.ts', 'src/preload/index.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "ImportSpecifier[imported.name='ipcMain']",
          message: 'Use the typed wrappers in src/main/electron/ipc.ts.',
        },
        {
          selector: "ImportSpecifier[imported.name='ipcRenderer']",
          message: 'Only the preload may use ipcRenderer.',
        },
      ],
    },
  },
);
