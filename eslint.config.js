import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import sdl from '@microsoft/eslint-plugin-sdl';
import security from 'eslint-plugin-security';

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
      'bench/.build/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  // Microsoft's SDL rules: no eval, no HTML sinks, no insecure URLs, no Node integration, no
  // unsafe Buffer allocation, no deprecated Node APIs, safe links and sandboxed iframes in React.
  ...sdl.configs.common,
  ...sdl.configs.electron,
  ...sdl.configs.node,
  ...sdl.configs.react.map((c) => ({ ...c, files: ['src/renderer/**/*.{ts,tsx}'] })),
  {
    // The security plugin's rules that find real mistakes here. Its object-injection and
    // non-literal-filename rules are left out: they flag every map lookup and every file the user
    // picks, and paths are validated by src/main/core/paths instead. Its unsafe-regex rule judges
    // by nesting depth alone and flags linear patterns such as /^\d+(\.\d+)?$/.
    plugins: { security },
    rules: {
      'security/detect-bidi-characters': 'error',
      'security/detect-buffer-noassert': 'error',
      'security/detect-child-process': 'error',
      'security/detect-disable-mustache-escape': 'error',
      'security/detect-eval-with-expression': 'error',
      'security/detect-new-buffer': 'error',
      'security/detect-no-csrf-before-method-override': 'error',
      'security/detect-non-literal-regexp': 'error',
      'security/detect-non-literal-require': 'error',
      'security/detect-pseudoRandomBytes': 'error',
      '@microsoft/sdl/no-insecure-random': 'error',
      '@microsoft/sdl/no-insecure-url': [
        'error',
        { exceptions: ['^http://(localhost|127\\.0\\.0\\.1|\\[::1\\])([:/]|$)'] },
      ],
    },
  },
  {
    // The emulator is a plain-HTTP loopback server by design, and tests feed insecure URLs on
    // purpose to prove they are refused.
    files: ['src/emulator/**', 'test/**', 'bench/**'],
    rules: { '@microsoft/sdl/no-insecure-url': 'off' },
  },
  {
    // Tests and benchmarks never ship: random moments (a kill -9 at a random point) and
    // patterns built from expected values are what they are for.
    files: ['test/**', 'bench/**'],
    rules: {
      '@microsoft/sdl/no-insecure-random': 'off',
      'security/detect-non-literal-regexp': 'off',
    },
  },
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
