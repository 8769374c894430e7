/**
 * Custom metadata and AI drafts end to end, against the emulator's fields: the account's fields
 * are read, values a field refuses stop the batch before anything is added, and good values
 * arrive as customMetadata with the alt text as description; a draft comes back when asked for.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callApi } from '../../src/main/core/api/method-args';
import { StateStore } from '../../src/main/core/persistence';
import { strings } from '../../src/shared/strings';
import { basic } from '../support/emulator';
import { noisyJpeg } from '../support/images';
import { PRIVATE_KEY, startRig, type ServiceRig } from '../support/service-rig';

let dir: string;
let state: StateStore;
let rig: ServiceRig;

async function field(body: Record<string, unknown>): Promise<void> {
  const res = await fetch(`${rig.emulator.apiUrl}/v1/customMetadataFields`, {
    method: 'POST',
    headers: { authorization: basic(PRIVATE_KEY), 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  expect(res.status).toBe(201);
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'uploader-custom-'));
  for (let i = 1; i <= 3; i++) {
    await writeFile(join(dir, `shot-${i}.jpg`), await noisyJpeg(700, 500, 20 + i));
  }
  state = StateStore.open(join(dir, 'state'));
  rig = await startRig({ service: { history: state.history } });
  await field({
    name: 'brand',
    label: 'Brand',
    schema: { type: 'Text', isValueRequired: true, defaultValue: 'House' },
  });
  await field({
    name: 'season',
    label: 'Season',
    schema: { type: 'SingleSelect', selectOptions: ['spring', 'summer'] },
  });
  await field({
    name: 'price',
    label: 'Price',
    schema: { type: 'Number', minValue: 1, maxValue: 100 },
  });
  await rig.connect();
}, 60_000);

afterAll(async () => {
  await rig?.close();
  state?.close();
  await rm(dir, { recursive: true, force: true });
});

const uploaded = (name: string) => rig.emulator.files().filter((f) => f.name.startsWith(name));

describe('custom metadata', () => {
  it('reads the account fields with their types, limits and options', async () => {
    const view = await callApi(rig.service, 'listCustomFields', []);
    expect(view).toEqual({
      state: 'ready',
      fields: [
        { name: 'brand', label: 'Brand', type: 'Text', required: true, defaultValue: 'House' },
        {
          name: 'season',
          label: 'Season',
          type: 'SingleSelect',
          required: false,
          options: ['spring', 'summer'],
        },
        {
          name: 'price',
          label: 'Price',
          type: 'Number',
          required: false,
          minValue: 1,
          maxValue: 100,
        },
      ],
    });
  });

  it('a value a field refuses stops the batch with its sentence; nothing is added', async () => {
    const add = (customMetadata: Record<string, unknown>) =>
      Promise.resolve().then(() =>
        callApi(rig.service, 'addPaths', [
          [join(dir, 'shot-1.jpg')],
          null,
          { folder: '/c', tags: [], customMetadata },
        ]),
      );
    await expect(add({ price: 500 })).rejects.toThrow(
      strings.customMetadata.tooLarge('Price', 100),
    );
    await expect(add({ season: 'winter' })).rejects.toThrow(
      strings.customMetadata.notOption('Season', ['spring', 'summer']),
    );
    await expect(add({ mood: 'calm' })).rejects.toThrow(
      strings.customMetadata.unknownField('mood'),
    );
    expect(await rig.jobs()).toHaveLength(0);
  });

  it('alt text and custom metadata arrive at the emulator as description and customMetadata', async () => {
    const { added } = await callApi(rig.service, 'addPaths', [
      [join(dir, 'shot-1.jpg')],
      null,
      { folder: '/c', tags: [], customMetadata: { brand: 'Acme', season: 'summer', price: 12 } },
    ]);
    await rig.service.setAltText(added, { text: 'A red bicycle' });
    await rig.service.idle();
    const files = uploaded('shot-1');
    expect(files).toHaveLength(2);
    for (const f of files) {
      expect(f.description).toBe('A red bicycle');
      expect(f.customMetadata).toMatchObject({ brand: 'Acme', season: 'summer', price: 12 });
    }
    const entry = state.history.query({ search: 'shot-1', limit: 1 }).entries[0];
    expect(entry?.customMetadata).toEqual({ brand: 'Acme', season: 'summer', price: 12 });
  });

  it('Draft alt text with ImageKit: a file without alt text comes back with a draft, once', async () => {
    await rig.service.updateSettings({ upload: { draftAlt: true } });
    const { added } = await rig.service.addPaths([
      join(dir, 'shot-2.jpg'),
      join(dir, 'shot-3.jpg'),
    ]);
    await rig.service.setAltText([added[1] as string], { text: 'Mine' });
    await rig.service.idle();
    const jobs = await rig.jobs();
    const drafted = jobs.find((j) => j.id === added[0]);
    expect(drafted?.status).toBe('done');
    const draft = drafted?.status === 'done' ? drafted.uploaded.main.drafted : undefined;
    expect(draft).toMatch(/shot 2/i);
    // Only a draft: the file has no alt text of its own until the person accepts it.
    expect(drafted?.alt).toBeUndefined();
    const own = jobs.find((j) => j.id === added[1]);
    expect(own?.status === 'done' ? own.uploaded.main.drafted : 'x').toBeUndefined();
    expect(uploaded('shot-3').map((f) => f.description)).toEqual(['Mine', 'Mine']);
    // Accepting it makes it the alt text, in History too.
    await rig.service.setAltText([added[0] as string], { text: draft as string });
    expect(state.history.query({ search: 'shot-2', limit: 1 }).entries[0]?.alt).toEqual({
      text: draft,
    });
  });

  it("the metadata form and the team check share one read of the account's fields", async () => {
    const fresh = await startRig();
    try {
      await fresh.connect();
      const before = fresh.emulator.stats().fieldLists;
      const view = await callApi(fresh.service, 'listCustomFields', []);
      expect(view).toEqual({ state: 'ready', fields: [] });
      // The team check asks whether the account has its field before the first upload.
      await fresh.service.addPaths([join(dir, 'shot-1.jpg')]);
      await fresh.service.idle();
      expect((await fresh.jobs()).map((j) => j.status)).toEqual(['done']);
      expect(fresh.emulator.stats().fieldLists - before).toBe(1);
    } finally {
      await fresh.close();
    }
  });
});
