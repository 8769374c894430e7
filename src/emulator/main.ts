import { describeSetup, parseCli, USAGE } from './cli-args';
import type { CliConfig } from './cli-args';
import { startEmulator } from './index';

/** `npm run emulator`: runs the emulator in the foreground until Ctrl-C. */
async function main(): Promise<number> {
  let config: CliConfig | null;
  try {
    config = parseCli(process.argv.slice(2), process.env);
  } catch (error) {
    console.error(`${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }
  if (config === null) {
    console.log(USAGE);
    return 0;
  }
  const log = (line: string): void => console.log(`[${new Date().toISOString()}] ${line}`);
  let emulator;
  try {
    emulator = await startEmulator({ ...config.options, log });
  } catch (error) {
    console.error(`The emulator could not start: ${(error as Error).message}`);
    return 1;
  }
  console.log(describeSetup(emulator, config));
  const running = emulator;
  await new Promise<void>((resolve) => {
    const stop = (): void => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      console.log('Stopping the emulator...');
      void running.close().then(resolve);
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
  return 0;
}

process.exitCode = await main();
