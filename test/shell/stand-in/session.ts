/**
 * `session`: the default session's permission handlers and webRequest. Chromium gets, for each
 * permission, exactly what the app's own handlers decide for the page's origin: granted only
 * when both the request and the check handler allow it, denied otherwise (Chromium alone would
 * grant some, such as clipboard writes, that Electron routes through the app).
 */
import { browser, fault, requireReady } from './runtime';

/** Electron's permission names and the Chromium permissions each one stands for. */
const PERMISSIONS: Readonly<Record<string, readonly Record<string, unknown>[]>> = {
  'clipboard-read': [{ name: 'clipboard-read' }],
  'clipboard-sanitized-write': [{ name: 'clipboard-write' }],
  notifications: [{ name: 'notifications' }],
  geolocation: [{ name: 'geolocation' }],
  media: [{ name: 'camera' }, { name: 'microphone' }],
  midi: [{ name: 'midi' }],
  midiSysex: [{ name: 'midi', sysex: true }],
  'idle-detection': [{ name: 'idle-detection' }],
  'display-capture': [{ name: 'display-capture' }],
  'storage-access': [{ name: 'storage-access' }],
  'window-management': [{ name: 'window-management' }],
  'background-sync': [{ name: 'background-sync' }],
  'persistent-storage': [{ name: 'persistent-storage' }],
  'screen-wake-lock': [{ name: 'screen-wake-lock' }],
  'local-fonts': [{ name: 'local-fonts' }],
  'speaker-selection': [{ name: 'speaker-selection' }],
  sensors: [{ name: 'accelerometer' }, { name: 'gyroscope' }, { name: 'magnetometer' }],
};

export const PERMISSION_NAMES = Object.keys(PERMISSIONS);

type RequestHandler = (
  webContents: unknown,
  permission: string,
  callback: (granted: boolean) => void,
  details: Record<string, unknown>,
) => void;
type CheckHandler = (
  webContents: unknown,
  permission: string,
  requestingOrigin: string,
  details: Record<string, unknown>,
) => boolean;

let requestHandler: RequestHandler | null = null;
let checkHandler: CheckHandler | null = null;

/** What the app's handlers answer for one permission (no handler means Electron's default: yes). */
export async function decide(
  webContents: unknown,
  permission: string,
  appUrl: string,
  appOrigin: string,
): Promise<boolean> {
  const details = { requestingUrl: appUrl, isMainFrame: true, securityOrigin: appOrigin };
  const checked = checkHandler ? checkHandler(webContents, permission, appOrigin, details) : true;
  const requested = await new Promise<boolean>((resolve) => {
    if (!requestHandler) return resolve(true);
    const timer = setTimeout(() => {
      fault(`the permission request handler never answered for '${permission}'`);
    }, 5_000);
    requestHandler(
      webContents,
      permission,
      (granted) => {
        clearTimeout(timer);
        resolve(granted === true);
      },
      details,
    );
  });
  return checked === true && requested;
}

/** Sets Chromium's answer for every known permission at `pageOrigin` from the app's handlers. */
export async function applyPermissions(
  webContents: unknown,
  pageOrigin: string,
  appUrl: string,
  appOrigin: string,
): Promise<Record<string, boolean>> {
  const { cdp } = browser();
  const decided: Record<string, boolean> = {};
  for (const [permission, descriptors] of Object.entries(PERMISSIONS)) {
    const granted = await decide(webContents, permission, appUrl, appOrigin);
    decided[permission] = granted;
    for (const descriptor of descriptors) {
      await cdp
        .send('Browser.setPermission', {
          origin: pageOrigin,
          permission: descriptor as never,
          setting: granted ? 'granted' : 'denied',
        })
        .catch(() => undefined); // a permission this Chromium does not know
    }
  }
  return decided;
}

const headerListeners: unknown[] = [];

export const defaultSession = {
  setPermissionRequestHandler(handler: RequestHandler | null): void {
    requestHandler = handler;
  },
  setPermissionCheckHandler(handler: CheckHandler | null): void {
    checkHandler = handler;
  },
  // Headers added here have not reliably reached custom-protocol responses in Electron
  // (electron/electron#6021), so the stand-in never applies them to a handled scheme's pages.
  webRequest: {
    onHeadersReceived(listener: unknown): void {
      headerListeners.push(listener);
    },
    onBeforeRequest(): void {},
  },
  setSpellCheckerEnabled(): void {},
};

export const session = {
  get defaultSession(): typeof defaultSession {
    requireReady('session');
    return defaultSession;
  },
  fromPartition(): never {
    return fault('the stand-in has only the default session');
  },
};
