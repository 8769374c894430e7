// Runs in the page before its own scripts, as Electron runs a sandboxed preload: read as text by
// window.ts and wrapped around the preload's own code, so no eval is needed under the page's CSP.
// It gives the preload the renderer modules a sandboxed preload may require (contextBridge,
// ipcRenderer, webUtils) and nothing else. Plain JavaScript: it is never transpiled.
// eslint-disable-next-line @typescript-eslint/no-unused-vars -- called by the wrapper window.ts writes
function standInPreload(opts, preload) {
  'use strict';
  const call = globalThis[opts.binding];
  // The page must not reach the stand-in's line to main: the preload keeps it to itself.
  try {
    delete globalThis[opts.binding];
  } catch {
    // Not deletable in this Chromium: the limit is written down in docs/testing.md.
  }
  const listeners = new Map();
  const fail = (message) => {
    void call('fault', '', [message]);
    throw new Error(message);
  };

  const ipcRenderer = {
    invoke: (channel, ...args) => call('invoke', channel, args),
    send: (channel, ...args) => void call('send', channel, args),
    on(channel, listener) {
      if (!listeners.has(channel)) listeners.set(channel, new Set());
      listeners.get(channel).add(listener);
      return ipcRenderer;
    },
    once(channel, listener) {
      const once = (...args) => {
        ipcRenderer.removeListener(channel, once);
        listener(...args);
      };
      return ipcRenderer.on(channel, once);
    },
    removeListener(channel, listener) {
      listeners.get(channel)?.delete(listener);
      return ipcRenderer;
    },
    off: (channel, listener) => ipcRenderer.removeListener(channel, listener),
    removeAllListeners(channel) {
      if (channel === undefined) listeners.clear();
      else listeners.delete(channel);
      return ipcRenderer;
    },
    sendSync: () => fail('ipcRenderer.sendSync is not available to this stand-in'),
  };

  // Values cross the bridge as copies; functions become callable proxies, as Electron does.
  const copy = (value, depth) => {
    if (depth > 1000) fail('contextBridge: the object is too deep to copy');
    if (typeof value === 'function') return (...args) => value(...args);
    if (value === null || typeof value !== 'object') return value;
    if (value instanceof Promise) return value;
    if (Array.isArray(value)) return value.map((v) => copy(v, depth + 1));
    const out = {};
    for (const key of Object.keys(value)) out[key] = copy(value[key], depth + 1);
    return out;
  };
  const contextBridge = {
    exposeInMainWorld(key, api) {
      if (key in globalThis) fail(`contextBridge: window.${key} already exists`);
      Object.defineProperty(globalThis, key, {
        value: Object.freeze(copy(api, 0)),
        enumerable: true,
        writable: false,
        configurable: false,
      });
    },
    exposeInIsolatedWorld: () => fail('contextBridge.exposeInIsolatedWorld is not stood in'),
  };
  // Files made by the page or handed in by a test have no path on disk: Electron answers ''.
  const webUtils = { getPathForFile: () => '' };
  const electron = Object.freeze({ contextBridge, ipcRenderer, webUtils });

  const require = (id) => {
    if (id === 'electron' || id === 'electron/renderer') return electron;
    return fail(`a sandboxed preload may require only 'electron'; it asked for '${id}'`);
  };
  const module = { exports: {} };
  try {
    preload(require, module, module.exports);
  } catch (err) {
    void call('fault', '', [`the preload threw: ${String(err)}`]);
    throw err;
  }

  // Events main sends arrive through a long poll that only this closure holds; the token tells
  // this document's polls from those of the document a reload replaced.
  const documentToken = `${Date.now()}-${Math.random()}`;
  const poll = async () => {
    for (;;) {
      let batch;
      try {
        batch = await call('poll', documentToken, []);
      } catch {
        return; // the window is closing
      }
      for (const { channel, args } of batch) {
        for (const listener of [...(listeners.get(channel) ?? [])]) {
          try {
            listener({ sender: ipcRenderer, ports: [] }, ...args);
          } catch (err) {
            console.error(err);
          }
        }
      }
    }
  };
  void poll();
}
