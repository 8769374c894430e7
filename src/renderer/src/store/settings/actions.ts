import type { KeyKeeping, SettingsPatch, SettingsView } from '../../../../shared/settings';
import type { WatchFolderChange, WatchStatus } from '../../../../shared/watch';
import { uploader } from '../../bridge';
import { guard } from '../guard';
import { notify } from '../ui/actions';
import { useSettings } from './state';
import { strings } from '../../../../shared/strings';

export function loadSettings(): Promise<boolean> {
  return guard(async () => useSettings.setState({ view: await uploader.getSettings() }));
}

async function saving(task: () => Promise<SettingsView>, done: string): Promise<boolean> {
  useSettings.setState({ saving: true, testResult: null });
  const before = useSettings.getState().view;
  const saved = await guard(async () => {
    const view = await task();
    useSettings.setState({ view });
    const dropped = view.privateKey.forgotten !== null && before?.privateKey.forgotten === null;
    // New addresses made main drop the key: it only goes to the servers it was saved for.
    if (dropped) notify(strings.notices.keyForgotten, 'error');
    else notify(done);
  });
  useSettings.setState({ saving: false });
  return saved;
}

/** Save part of the settings; main validates and answers with the stored result. */
export function saveSettings(patch: SettingsPatch): Promise<boolean> {
  return saving(() => uploader.updateSettings(patch), strings.notices.settingsSaved);
}

/**
 * Store or forget the private key; `session` keeps it in memory until the app quits. The key
 * goes to main once and never comes back.
 */
export function savePrivateKey(
  key: string | null,
  keeping: KeyKeeping = 'saved',
): Promise<boolean> {
  return saving(
    () => (key === null ? uploader.setPrivateKey(null) : uploader.setPrivateKey(key, keeping)),
    key === null
      ? strings.notices.keyRemoved
      : keeping === 'session'
        ? strings.notices.keyKept
        : strings.notices.keySaved,
  );
}

/** A new random key for the local upload server (letters, digits, - and _), saved at once. */
export function generateServerKey(): Promise<boolean> {
  const bytes = crypto.getRandomValues(new Uint8Array(18));
  const key = btoa(String.fromCharCode(...bytes))
    .replaceAll('+', '-')
    .replaceAll('/', '_');
  return saving(
    () => uploader.updateSettings({ integrations: { picgo: { key } } }),
    strings.notices.serverKeySaved,
  );
}

export async function testConnection(): Promise<void> {
  useSettings.setState({ testing: true, testResult: null });
  // A call that fails outright is shown where the test's answer goes, not as a notice.
  await guard(
    async () => useSettings.setState({ testResult: await uploader.testConnection() }),
    (message) =>
      useSettings.setState({ testResult: { ok: false, error: { code: 'internal', message } } }),
  );
  useSettings.setState({ testing: false });
}

/**
 * Start the local test server and upload to it (nothing leaves the computer), or stop it and
 * set the connection back to ImageKit's. Once it runs the page loads again, because the page's
 * image policy, made as it loads, admits thumbnails from the server's address only from then on.
 */
export async function switchTestServer(on: boolean): Promise<boolean> {
  useSettings.setState({ switchingTestServer: true });
  const done = await guard(async () => {
    const view = await uploader.useTestServer(on);
    useSettings.setState({ view });
    if (on && view.testServerStatus.state === 'running') window.location.reload();
    else if (!on) notify(strings.notices.testServerStopped);
  });
  useSettings.setState({ switchingTestServer: false });
  return done;
}

/** Pick a folder in the OS dialog and watch it (uploading to the Settings folder and tags). */
export function addWatchFolder(): Promise<boolean> {
  return saving(() => uploader.addWatchFolder(), strings.notices.settingsSaved);
}

/** Change a watch folder's destination, tags or whether it is on. */
export function updateWatchFolder(path: string, change: WatchFolderChange): Promise<boolean> {
  return saving(() => uploader.updateWatchFolder(path, change), strings.notices.settingsSaved);
}

/** Stop watching a folder and take it off the list. */
export function removeWatchFolder(path: string): Promise<boolean> {
  return saving(() => uploader.removeWatchFolder(path), strings.notices.settingsSaved);
}

/** "Upload them" or "Leave them" for the images that were in a folder when watching began. */
export function answerWatchOffer(path: string, upload: boolean): Promise<boolean> {
  return guard(async () => {
    await uploader.answerWatchOffer(path, upload);
  });
}

/** Where the watch folders stand, as main pushes it. */
export function applyWatchStatus(watchStatus: readonly WatchStatus[]): void {
  const view = useSettings.getState().view;
  if (view) useSettings.setState({ view: { ...view, watchStatus } });
}
