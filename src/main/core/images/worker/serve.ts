/**
 * The image worker process. It runs as a Node child (process.send) or as an Electron
 * utilityProcess (process.parentPort); which one is detected at run time, so the same file
 * serves the CLI, the tests and the app. One job at a time: the pool never sends two.
 */
import { basename } from 'node:path';
import sharp from 'sharp';
import { processFile } from './process';
import type { WorkerRequest, WorkerResponse } from '../protocol';
import { describeSharpBuild, requestedSharpRuntime } from '../sharp-runtime';
import { lowerOwnPriority } from './priority';
import { sharpBuild } from './sharp-build';
import { setUpSharp } from './sharp-setup';
import { youngCollector } from './young-gc';

lowerOwnPriority();
setUpSharp(sharp);
const build = sharpBuild(sharp);
// The app always says which build it wants, and its log then says which one each worker runs.
// The CLI says nothing, and its output stays its own.
if (requestedSharpRuntime(process.env)) console.log(`[image worker] ${describeSharpBuild(build)}`);

interface ParentPort {
  on(event: 'message', listener: (event: { data: unknown }) => void): void;
  postMessage(message: unknown): void;
}

const parentPort = (process as unknown as { parentPort?: ParentPort }).parentPort;

function send(msg: WorkerResponse): void {
  if (parentPort) parentPort.postMessage(msg);
  else process.send?.(msg);
}

/**
 * Test-only faults, honoured only with UPLOADER_TEST_HOOKS=1 so tests can prove the pool
 * survives a crash or a hang on one file: a name containing __crash__ or __hang__ triggers them.
 */
function injectFault(path: string): void {
  if (process.env.UPLOADER_TEST_HOOKS !== '1') return;
  const name = basename(path);
  if (name.includes('__crash__')) process.kill(process.pid, 'SIGKILL');
  if (name.includes('__hang__')) for (;;);
}

const collectYoung = youngCollector();

/** Decodes waiting for the pool's go-ahead, by request id. */
const admits = new Map<number, () => void>();

async function handle(msg: Extract<WorkerRequest, { type: 'process' }>): Promise<void> {
  injectFault(msg.request.path);
  const result = await processFile(msg.request, {
    onImage: (image) => send({ type: 'image', id: msg.id, image }),
    onHash: (sha256) => send({ type: 'hash', id: msg.id, sha256 }),
    admit: (bytes) =>
      new Promise<void>((resolve) => {
        admits.set(msg.id, resolve);
        send({ type: 'admit', id: msg.id, bytes });
      }),
  });
  send({ type: 'result', id: msg.id, result });
  // The result is on its way (copied); its buffers and the file's bytes are garbage now.
  collectYoung();
}

function onRequest(data: unknown): void {
  const msg = data as WorkerRequest;
  if (msg?.type === 'process') void handle(msg);
  if (msg?.type === 'admitted') {
    admits.get(msg.id)?.();
    admits.delete(msg.id);
  }
}

if (parentPort) {
  parentPort.on('message', (event) => onRequest(event.data));
} else if (process.send) {
  process.on('message', onRequest);
  // If the parent goes away there is nobody to answer; do not linger as an orphan.
  process.on('disconnect', () => process.exit(0));
} else {
  console.error('The image worker must be started by the app or the CLI, not on its own.');
  process.exit(2);
}
send({ type: 'ready', sharp: build });
