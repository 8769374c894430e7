import { contextBridge, ipcRenderer, webUtils } from 'electron';
import {
  API_METHODS,
  EVENT_CHANNELS,
  channelFor,
  type UploaderApi,
  type UploaderBridge,
} from '../shared/contract';
import type { JobsUpdate } from '../shared/jobs';

// One invoke per contract method, on that method's own channel; the page gets no ipcRenderer.
const api = Object.fromEntries(
  API_METHODS.map((method) => [
    method,
    (...args: unknown[]) => ipcRenderer.invoke(channelFor(method), ...args),
  ]),
) as unknown as UploaderApi;

const bridge: UploaderBridge = {
  ...api,
  onJobs(listener) {
    const handler = (_event: Electron.IpcRendererEvent, update: JobsUpdate): void =>
      listener(update);
    ipcRenderer.on(EVENT_CHANNELS.jobs, handler);
    return () => {
      ipcRenderer.removeListener(EVENT_CHANNELS.jobs, handler);
    };
  },
  pathForFile: (file) => webUtils.getPathForFile(file),
};

contextBridge.exposeInMainWorld('uploader', bridge);
