import { contextBridge, ipcRenderer, webUtils } from 'electron';
import {
  API_METHODS,
  EVENT_CHANNELS,
  type UploaderEvents,
  channelFor,
  type UploaderApi,
  type UploaderBridge,
} from '../shared/contract';
import type { JobsUpdate } from '../shared/jobs';
import { isMenuCommand } from '../shared/menu';

// One invoke per contract method, on that method's own channel; the page gets no ipcRenderer.
const api = Object.fromEntries(
  API_METHODS.map((method) => [
    method,
    (...args: unknown[]) => ipcRenderer.invoke(channelFor(method), ...args),
  ]),
) as unknown as UploaderApi;

// Paths Electron gave for dropped files. Only these may be marked as a drop: the page cannot
// forge the mark, since it has no access to this isolated world (contextIsolation).
const dropped = new Set<string>();

const bridge: UploaderBridge = {
  ...api,
  addPaths(paths, _from, destination) {
    const fromDrop = paths.length > 0 && paths.every((p) => dropped.has(p));
    dropped.clear();
    const from = fromDrop ? 'drop' : undefined;
    return destination === undefined
      ? ipcRenderer.invoke(channelFor('addPaths'), paths, ...(from ? [from] : []))
      : ipcRenderer.invoke(channelFor('addPaths'), paths, from, destination);
  },
  onJobs(listener) {
    const handler = (_event: Electron.IpcRendererEvent, update: JobsUpdate): void =>
      listener(update);
    ipcRenderer.on(EVENT_CHANNELS.jobs, handler);
    return () => {
      ipcRenderer.removeListener(EVENT_CHANNELS.jobs, handler);
    };
  },
  onMenu(listener) {
    const handler = (_event: Electron.IpcRendererEvent, command: unknown): void => {
      if (isMenuCommand(command)) listener(command);
    };
    ipcRenderer.on(EVENT_CHANNELS.menu, handler);
    return () => {
      ipcRenderer.removeListener(EVENT_CHANNELS.menu, handler);
    };
  },
  onWatch(listener) {
    const handler = (_event: Electron.IpcRendererEvent, status: UploaderEvents['watch']): void =>
      listener(status);
    ipcRenderer.on(EVENT_CHANNELS.watch, handler);
    return () => {
      ipcRenderer.removeListener(EVENT_CHANNELS.watch, handler);
    };
  },
  pathForFile(file) {
    const path = webUtils.getPathForFile(file);
    // Empty for files that are not on disk (made by the page itself).
    if (path) dropped.add(path);
    return path;
  },
};

contextBridge.exposeInMainWorld('uploader', bridge);
