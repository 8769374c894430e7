import type { FaultOptions, RunningEmulator } from '../../src/emulator';
import { ImagePool, nodeWorkerLauncher } from '../../src/main/core/images';
import { createUploader } from '../../src/main/core/imagekit';
import { type UploadService } from '../../src/main/core/service/upload-service';
import { createService, type ServiceOptions } from '../../src/main/core/service/create-service';
import type { Job, JobsUpdate } from '../../src/shared/jobs';
import { startTempEmulator } from './emulator';
import { HEADLESS_PLATFORM } from '../../src/main/core/ports';
import { memorySecrets, memorySettings } from './memory-ports';

export const PRIVATE_KEY = 'private_service_test_key';
export const PUBLIC_KEY = 'public_service_test_key';

export interface ServiceRig {
  readonly service: UploadService;
  readonly emulator: RunningEmulator;
  readonly updates: JobsUpdate[];
  readonly dataDir: string;
  jobs(): Promise<readonly Job[]>;
  /** Point the service at the emulator with the private key. */
  connect(): Promise<void>;
  close(): Promise<void>;
}

/** A real service (worker processes, sharp) wired to a real emulator on 127.0.0.1. */
export async function startRig(
  opts: { faults?: FaultOptions; service?: Partial<ServiceOptions> } = {},
): Promise<ServiceRig> {
  const temp = await startTempEmulator({
    privateKey: PRIVATE_KEY,
    publicKey: PUBLIC_KEY,
    faults: opts.faults,
  });
  const emulator = temp.emu;
  const dataDir = temp.dataDir;
  const service = createService({
    images: new ImagePool({ launcher: nodeWorkerLauncher() }),
    settingsStore: memorySettings(),
    secrets: memorySecrets('os'),
    platform: HEADLESS_PLATFORM,
    uploaderFactory: createUploader,
    updateIntervalMs: 20,
    ...opts.service,
  });
  const updates: JobsUpdate[] = [];
  service.onJobs((u) => updates.push(u));
  return {
    service,
    emulator,
    updates,
    dataDir,
    jobs: async () => (await service.getJobs()).jobs,
    async connect() {
      await service.updateSettings({
        connection: {
          uploadUrl: emulator.uploadUrl,
          apiUrl: emulator.apiUrl,
          urlEndpoint: emulator.urlEndpoint,
          publicKey: PUBLIC_KEY,
        },
        upload: { folder: '/batch', tags: ['spring', 'test'] },
      });
      await service.setPrivateKey(PRIVATE_KEY);
    },
    async close() {
      await service.close();
      await temp.close();
    },
  };
}
