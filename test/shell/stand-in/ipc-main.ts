/** `ipcMain`: handlers and listeners that the preload's ipcRenderer reaches. */
import { EventEmitter } from 'node:events';
import { fault } from './runtime';

type InvokeHandler = (event: unknown, ...args: unknown[]) => unknown;

const handlers = new Map<string, InvokeHandler>();

class IpcMain extends EventEmitter {
  handle(channel: string, handler: InvokeHandler): void {
    if (handlers.has(channel)) {
      fault(`Attempted to register a second handler for '${channel}'`);
    }
    handlers.set(channel, handler);
  }
  handleOnce(channel: string, handler: InvokeHandler): void {
    this.handle(channel, (event, ...args) => {
      handlers.delete(channel);
      return handler(event, ...args);
    });
  }
  removeHandler(channel: string): void {
    handlers.delete(channel);
  }
}

export const ipcMain = new IpcMain();

/** The channels that have a handler now. */
export const handledChannels = (): string[] => [...handlers.keys()];

/**
 * Runs the handler for `channel` as Electron does for ipcRenderer.invoke: a missing handler or a
 * thrown error rejects in the page with Electron's own wording.
 */
export async function invoke(channel: string, event: unknown, args: unknown[]): Promise<unknown> {
  const handler = handlers.get(channel);
  if (!handler) {
    throw new Error(
      `Error invoking remote method '${channel}': Error: No handler registered for '${channel}'`,
    );
  }
  try {
    // Arguments cross processes by structured clone, as Electron's IPC does.
    return structuredClone(await handler(event, ...structuredClone(args)));
  } catch (err) {
    const inner = err instanceof Error ? `${err.name}: ${err.message}` : String(err);
    throw new Error(`Error invoking remote method '${channel}': ${inner}`, { cause: err });
  }
}
