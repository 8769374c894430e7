import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import type { Plugin } from 'vite';
import react from '@vitejs/plugin-react';

/**
 * The page's CSP lives in index.html (it holds for the app:// page and the e2e static server).
 * Vite's dev server needs an inline React Refresh preamble and a websocket, so only
 * `electron-vite dev` relaxes it.
 */
function devCsp(): Plugin {
  return {
    name: 'uploader:dev-csp',
    apply: 'serve',
    transformIndexHtml: (html) =>
      html
        .replace("script-src 'self'", "script-src 'self' 'unsafe-inline'")
        .replace("connect-src 'none'", "connect-src 'self' ws:"),
  };
}

export default defineConfig({
  main: {
    build: {
      rolldownOptions: {
        // Built into Node 22 and Electron's Node. src/main/core/persistence loads it at run time, so
        // nothing imports it statically; if anything ever does, it must stay a runtime import
        // and never be resolved to a browser stub.
        external: ['node:sqlite'],
        input: {
          index: resolve('src/main/index.ts'),
          // The image worker runs in its own utility process; see src/main/electron/image-worker-host.ts.
          'image-worker': resolve('src/main/core/images/worker/entry.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      rolldownOptions: {
        // Sandboxed preloads must be CommonJS.
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve('src/renderer'),
    build: {
      minify: true,
      rolldownOptions: { input: { index: resolve('src/renderer/index.html') } },
    },
    plugins: [react(), devCsp()],
  },
});
