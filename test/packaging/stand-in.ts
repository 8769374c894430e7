/**
 * A stand-in Electron folder for offline packaging: electron-builder copies it, renames the binary
 * and flips its fuses. Electron's real zip cannot be downloaded on every machine, but the fuse wire
 * is all electron-builder reads from the binary.
 */
import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The fuse wire's marker, followed by a version byte, a length byte and one '0'/'1' per fuse. */
export const FUSE_SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';

/** Fuse positions in the wire (FuseV1Options), with Electron's defaults. */
export const FUSES = [
  ['RunAsNode', '1'],
  ['EnableCookieEncryption', '0'],
  ['EnableNodeOptionsEnvironmentVariable', '1'],
  ['EnableNodeCliInspectArguments', '1'],
  ['EnableEmbeddedAsarIntegrityValidation', '0'],
  ['OnlyLoadAppFromAsar', '0'],
  ['LoadBrowserProcessSpecificV8Snapshot', '0'],
  ['GrantFileProtocolExtraPrivileges', '1'],
  ['WasmTrapHandlers', '1'],
] as const;

/** Writes `<dir>/electron`: filler bytes, then the fuse wire with every fuse at its default. */
export function makeStandInElectron(dir: string): void {
  mkdirSync(dir, { recursive: true });
  const wire = Buffer.concat([
    Buffer.from(FUSE_SENTINEL, 'latin1'),
    Buffer.from([1, FUSES.length]),
    Buffer.from(FUSES.map(([, value]) => value).join(''), 'latin1'),
  ]);
  const binary = join(dir, 'electron');
  writeFileSync(
    binary,
    Buffer.concat([Buffer.from('stand-in for the Electron binary\n'), Buffer.alloc(4096), wire]),
  );
  chmodSync(binary, 0o755);
}

/** Reads the fuse wire back: fuse name -> '0' | '1' (or 'r' for removed). */
export function readFuses(binary: Buffer): Record<string, string> {
  const at = binary.indexOf(Buffer.from(FUSE_SENTINEL, 'latin1'));
  if (at < 0) throw new Error('no fuse wire in the binary');
  const start = at + FUSE_SENTINEL.length;
  const version = binary[start];
  const length = binary[start + 1] ?? 0;
  if (version !== 1) throw new Error(`unknown fuse wire version ${String(version)}`);
  const values = binary.subarray(start + 2, start + 2 + length).toString('latin1');
  return Object.fromEntries(FUSES.map(([name], i) => [name, values[i] ?? '']));
}
