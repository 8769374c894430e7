/**
 * Runs in the page before the app: defines `window.uploader` exactly as the preload would, but
 * each call goes through a Playwright binding to the real service in the test process. Kept
 * free of imports: Playwright serialises this function into the page.
 */
export function installBridge(config: { methods: readonly string[]; dropDir: string }): void {
  type Invoke = (method: string, args: unknown[]) => Promise<unknown>;
  const w = window as unknown as {
    __uploaderInvoke: Invoke;
    __uploaderPush?: (update: unknown) => void;
    __uploaderMenu?: (command: string) => void;
    __uploaderWatch?: (status: unknown) => void;
    uploader?: unknown;
  };
  const listeners = new Set<(update: unknown) => void>();
  w.__uploaderPush = (update) => {
    for (const listener of listeners) listener(update);
  };
  // The application menu is Electron's; tests choose its items through this hook.
  const menuListeners = new Set<(command: string) => void>();
  w.__uploaderMenu = (command) => {
    for (const listener of menuListeners) listener(command);
  };
  const bridge: Record<string, unknown> = {};
  for (const method of config.methods) {
    bridge[method] = (...args: unknown[]) => w.__uploaderInvoke(method, args);
  }
  bridge.onJobs = (listener: (update: unknown) => void) => {
    listeners.add(listener);
    return () => listeners.delete(listener);
  };
  bridge.onMenu = (listener: (command: string) => void) => {
    menuListeners.add(listener);
    return () => menuListeners.delete(listener);
  };
  // Where the watch folders stand, pushed by the harness as main pushes it over IPC.
  const watchListeners = new Set<(status: unknown) => void>();
  w.__uploaderWatch = (status) => {
    for (const listener of watchListeners) listener(status);
  };
  bridge.onWatch = (listener: (status: unknown) => void) => {
    watchListeners.add(listener);
    return () => watchListeners.delete(listener);
  };
  // Electron's webUtils.getPathForFile stand-in: dropped test files live in one folder. As in
  // the preload, paths handed out here mark the next addPaths as a drop.
  const dropped = new Set<string>();
  bridge.pathForFile = (file: File) => {
    const path = `${config.dropDir}/${file.name}`;
    dropped.add(path);
    return path;
  };
  bridge.addPaths = (paths: string[], _from?: unknown, destination?: unknown) => {
    const fromDrop = paths.length > 0 && paths.every((p) => dropped.has(p));
    dropped.clear();
    const args: unknown[] = fromDrop ? [paths, 'drop'] : [paths];
    if (destination !== undefined) args.push(...(fromDrop ? [] : [null]), destination);
    return w.__uploaderInvoke('addPaths', args);
  };
  Object.defineProperty(window, 'uploader', { value: Object.freeze(bridge), writable: false });
}
