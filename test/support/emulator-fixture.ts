import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import type { EmulatorOptions, RunningEmulator } from '../../src/emulator';
import { start } from './emulator';
import { tempDir } from './images';

/** The emulator a test file runs against; `emu` is replaced when the file restarts it. */
export interface EmulatorFixture {
  emu: RunningEmulator;
  dataDir: string;
  /** Closes the running emulator and starts a new one on the same data folder. */
  restart(): Promise<RunningEmulator>;
}

/**
 * Starts an emulator with test keys in a fresh folder before each test (or once for the file)
 * and closes it and removes the folder afterwards.
 */
export function useTempEmulator(
  scope: 'each' | 'all',
  extra: Partial<EmulatorOptions> = {},
): EmulatorFixture {
  let cleanup: () => Promise<void> = async () => {};
  const fixture: EmulatorFixture = {
    emu: undefined as unknown as RunningEmulator,
    dataDir: '',
    restart: async () => {
      await fixture.emu.close();
      fixture.emu = await start(fixture.dataDir, extra);
      return fixture.emu;
    },
  };
  (scope === 'each' ? beforeEach : beforeAll)(async () => {
    const temp = await tempDir();
    cleanup = temp.cleanup;
    fixture.dataDir = temp.dir;
    fixture.emu = await start(temp.dir, extra);
  });
  (scope === 'each' ? afterEach : afterAll)(async () => {
    await fixture.emu.close();
    await cleanup();
  });
  return fixture;
}
